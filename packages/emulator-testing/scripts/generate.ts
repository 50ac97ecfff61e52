// Writes src/generated/ from the emulator's control API document; `--check` compares instead of writing (drift check).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderGeneratedFiles } from '../src/render/renderGeneratedFiles.js';

const generatedDir = join(import.meta.dirname, '..', 'src', 'generated');
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, content] of Object.entries(await renderGeneratedFiles())) {
  const target = join(generatedDir, name);
  if (check) {
    let current = '';
    try { current = readFileSync(target, 'utf8'); } catch { /* missing counts as drift */ }
    if (current !== content) { stale++; console.error(`drift: src/generated/${name} differs from the control API document; run pnpm generate`); }
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote src/generated/${name}`);
  }
}
if (stale) process.exit(1);
