// Writes src/generated/ from the bundled contract; `--check` compares instead of writing (drift check).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGeneratedFiles } from '../src/render/renderGeneratedFiles.js';

const generatedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'generated');
const check = process.argv.includes('--check');
const files = await renderGeneratedFiles();
let stale = 0;
for (const [name, content] of Object.entries(files)) {
  const target = join(generatedDir, name);
  if (check) {
    let current = '';
    try { current = readFileSync(target, 'utf8'); } catch { /* missing counts as drift */ }
    if (current !== content) { stale++; console.error(`drift: src/generated/${name} differs from the contract; run pnpm generate`); }
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote src/generated/${name}`);
  }
}
if (stale) process.exit(1);
