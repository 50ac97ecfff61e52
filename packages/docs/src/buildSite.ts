// `pnpm --filter @crm-contacts/docs build`: writes the static site to dist/site/, to publish anywhere.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SITE_DIR } from './siteDir.js';
import { staticSiteFiles } from './staticSite.js';

rmSync(SITE_DIR, { recursive: true, force: true });
for (const file of await staticSiteFiles()) {
  const target = join(SITE_DIR, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.body);
}
console.log(`reference page written to ${SITE_DIR} (serve the folder with any static file server)`);
