// `pnpm contract:diff`: every difference between the baseline and the working contract (oasdiff's changelog,
// then its structural diff, which also shows descriptions and examples), then the gate's verdict (exit 1 on failure).
import { stringify } from 'yaml';
import { contractChanged, readBaseline } from './baseline.js';
import { checkContractRelease } from './gate.js';
import { changelog, structuralDiff } from './oasdiff.js';
import { releasePaths } from './paths.js';

const paths = releasePaths();
const baseline = readBaseline(paths);
console.log(`baseline: ${baseline.label}\nworking:  ${paths.current}\n`);
if (contractChanged(paths)) {
  console.log(`== oasdiff changelog (every change a consumer can notice)\n${changelog(baseline.file, paths.current, 'text')}\n`);
  console.log(`== oasdiff diff (every structural difference)\n${stringify(structuralDiff(baseline.file, paths.current))}`);
} else {
  console.log('no difference: the working contract is the baseline\n');
}
const gate = await checkContractRelease(paths);
console.log(`== release gate: ${gate.ok ? 'passes' : 'FAILS'}\n${gate.message}`);
process.exit(gate.ok ? 0 : 1);
