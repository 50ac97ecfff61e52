// Dredd's hook file (Dredd loads hook files with require). The hooks themselves are TypeScript
// (src/dredd/contractHooks.ts); runDredd() hands them over in the configuration's `custom` data.
const hooks = require('hooks');

const register = hooks.configuration && hooks.configuration.custom && hooks.configuration.custom.crmHooks;
if (typeof register !== 'function') throw new Error('These hooks run through runDredd() (@crm-contacts/contract-test), which supplies them.');
register(hooks);
