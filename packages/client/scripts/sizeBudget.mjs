// The size budget: the client as a browser bundle (esbuild, minified, ES modules with code splitting),
// gzipped. The entry and what it imports statically must stay under BUDGET; the XML reader loads by
// dynamic import, so it is measured and reported apart. A Node-only import fails the browser build.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = 10_000; // bytes, minified and gzipped
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

const result = await build({
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  write: false,
  metafile: true,
  outdir: 'size-budget',
  logLevel: 'silent',
});

const gzipped = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('size-budget')), gzipSync(f.contents, { level: 9 }).length]));
const outputs = result.metafile.outputs;
const entryOutput = Object.keys(outputs).find((name) => outputs[name].entryPoint);

// The entry plus every chunk reachable from it by static import: what a page pays up front.
function staticClosure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const { path, kind } of outputs[name].imports) if (kind === 'import-statement') staticClosure(path, seen);
  return seen;
}
const upFront = staticClosure(entryOutput);
const sum = (names) => [...names].reduce((total, name) => total + gzipped.get(name), 0);
const mainBytes = sum(upFront);
const lazyBytes = sum(Object.keys(outputs).filter((name) => !upFront.has(name) && name.endsWith('.js')));

console.log(`client without the XML reader: ${mainBytes} B gzipped (budget ${BUDGET} B)`);
console.log(`XML reader, loaded on first XML answer: ${lazyBytes} B gzipped`);
if (lazyBytes === 0) {
  console.error('the XML reader is not in a separate chunk: it must load by dynamic import');
  process.exit(1);
}
if (mainBytes > BUDGET) {
  console.error(`over budget by ${mainBytes - BUDGET} B`);
  process.exit(1);
}
