// Bundles the hand-authored, split document in openapi/ into dist/: the 3.1 document as JSON and
// YAML, and a 3.0.3 copy for tools that do not read 3.1. Run by `pnpm build`; never edit dist/ by hand.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { bundleDocument } from './bundleDocument.js';
import { downConvert } from './downConvert.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(packageDir, '../../openapi/openapi.yaml');
const dist = join(packageDir, 'dist');
const document = bundleDocument(root, join(dist, 'openapi.json'));
writeFileSync(join(dist, 'openapi.yaml'), stringify(document, { lineWidth: 0 }));
const legacy = downConvert(document);
writeFileSync(join(dist, 'openapi-3.0.json'), `${JSON.stringify(legacy, null, 2)}\n`);
writeFileSync(join(dist, 'openapi-3.0.yaml'), stringify(legacy, { lineWidth: 0 }));
console.log(`bundled ${Object.keys(document.paths).length} paths into ${dist}`);
