#!/usr/bin/env node
// `eval "$(node scripts/use-node.mjs [line])"`: puts a supported Node first on this shell's PATH. Prints
// nothing to change when the current Node is supported; otherwise the .nvmrc line's (or the given line's)
// Node from the npm registry, unpacked once into the cache. Messages go to stderr, the exports to stdout.
import { DEFAULT_LINE, environmentFor, isSupported, registryNode } from './supportedNode.mjs';

const line = process.argv[2];
if (!line && isSupported(process.versions.node)) {
  console.error(`[node] Node ${process.versions.node} is supported; nothing to change`);
} else {
  const node = registryNode(line ?? DEFAULT_LINE, { log: console.error });
  const env = environmentFor(node);
  console.error(`[node] Node ${node.version} first on PATH (${node.dir})`);
  for (const name of ['PATH', 'npm_config_nodedir', 'npm_config_globalconfig']) {
    if (env[name] !== undefined) console.log(`export ${name}='${env[name]}'`);
  }
}
