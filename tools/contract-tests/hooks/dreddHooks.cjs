// Dredd's hook file (Dredd loads hook files with require). The hooks themselves are TypeScript
// (src/dredd/contractHooks.ts); runDredd() registers them under the id it passes in `custom`.
const hooks = require('hooks');

const id = hooks.configuration && hooks.configuration.custom && hooks.configuration.custom.crmHooksId;
const registry = globalThis[Symbol.for('crm-contacts.dredd-hooks')];
const register = registry && registry.get(id);
if (typeof register !== 'function') {
  throw new Error('These hooks run through runDredd() (tools/contract-tests), which supplies the contract checks.');
}
register(hooks);
