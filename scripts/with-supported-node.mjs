#!/usr/bin/env node
// `node scripts/with-supported-node.mjs <script.mjs> [args...]`: runs a script under a supported Node (root
// package.json `engines.node`). On an older Node (the machines this is built on ship Node 20) it runs it under
// the .nvmrc line's Node from the npm registry instead, saying so in one line. `npm test` and `npm start` use it.
import { spawnSync } from 'node:child_process';
import { DEFAULT_LINE, environmentFor, isSupported, registryNode, supportedInWords } from './supportedNode.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/with-supported-node.mjs <script.mjs> [args...]');
  process.exit(2);
}

let env = process.env;
if (!isSupported(process.versions.node)) {
  const node = registryNode(DEFAULT_LINE);
  console.log(`[node] Node ${process.versions.node} is not supported (${supportedInWords()}): running under Node ${node.version} from the npm registry (${node.dir})`);
  env = environmentFor(node);
}
const child = spawnSync('node', [script, ...args], { stdio: 'inherit', env });
if (child.error) console.error(`with-supported-node: could not start node: ${child.error.message}`);
process.exit(child.status ?? 1);
