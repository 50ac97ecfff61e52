// What ranking a member sort's keys costs at 1,000,000 contacts for smallFotoUrl: the URL texts in culture
// order (main) against the numbers photoUrlOrder makes from the ids (this branch), through the emulator's own
// memberRankSteps, run to the end at once. Ids 1..n, every third a company. Run from tools/bench:
//   node --expose-gc --import tsx results/caches/photoSortCost.ts urls|ids
import { photoUrl, photoUrlOrder } from '../../../../apps/emulator/src/data/photoUrl.js';
import { memberRankSteps } from '../../../../apps/emulator/src/engine/memberRanks.js';

const n = 1_000_000;
const kind = process.argv[2] === 'ids' ? 'ids' : 'urls';
const key = kind === 'ids' ? (i: number) => photoUrlOrder(i + 1) : (i: number) => photoUrl(undefined, i + 1, i % 3 === 0, 1);
(globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
let peakHeap = 0;
const before = process.memoryUsage();
const started = performance.now();
const steps = memberRankSteps(n, key);
let step = steps.next();
for (; !step.done; step = steps.next()) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
const millis = performance.now() - started;
console.log(`${kind}: ${step.value.distinct} distinct ranks in ${(millis / 1000).toFixed(1)} s; heap used ${mb(before.heapUsed)} MB before, highest ${mb(peakHeap)} MB between steps; RSS ${mb(process.memoryUsage().rss)} MB at the end`);
