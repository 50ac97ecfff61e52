// The import graph's rules, checked by dependency-cruiser in `pnpm test`: no circle anywhere, packages never
// import apps (their src/: a test may start an app), the emulator never imports the client, and the emulator's
// engine never reaches out to the HTTP layer, the renderer or the database. The apps' names come from the workspace, not from a list here.
import type { IForbiddenRuleType } from 'dependency-cruiser';
import { packageFolders } from '../eslint/workspacePackages.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An app reached by path (`apps/mock/...`) or, when it is not built, by its package name (`@crm-contacts/mock`). */
function appTargets(): string {
  const apps = [...packageFolders()].filter(([, folder]) => folder.startsWith('apps/')).map(([name]) => escape(name));
  return `^(apps/|(${apps.join('|')})(/|$))`;
}

export function importRules(): IForbiddenRuleType[] {
  return [
    { name: 'no-circular', severity: 'error', comment: 'an import circle: break it by moving what both sides need into a module of its own', from: {}, to: { circular: true } },
    { name: 'packages-never-import-apps', severity: 'error', comment: 'a package imports an app: apps sit on top; move what it needs into a package', from: { path: '^packages/[^/]+/src/' }, to: { path: appTargets() } },
    // the emulator is what clients are tested against: were it to use the client, the client's tests could not start it (a cycle)
    { name: 'emulator-serves-without-the-client', severity: 'error', comment: 'the emulator imports the client: what needs both belongs in packages/emulator-testing, the CLI or a tool', from: { path: '^apps/emulator/src/' }, to: { path: '^(packages/client/|@crm-contacts/client(/|$))' } },
    { name: 'engine-stays-inside', severity: 'error', comment: "the emulator's engine imports HTTP, the renderer or the database: hand it what it needs instead", from: { path: '^apps/emulator/src/engine/' }, to: { path: '^apps/emulator/src/(http|render|db)/' } },
  ];
}
