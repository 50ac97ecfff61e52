// The workspace compiles with TypeScript 7 (the native `tsc`, several times faster: `pnpm lint` and every
// build run it). TypeScript 7 has no JavaScript API yet, and three tools that call that API cap their
// `typescript` below 7: they get TypeScript 5.9 as a dependency of their own, so the workspace's `tsc`
// stays the only one on the scripts' PATH. CommonJS, not .pnpmfile.mjs: every pnpm since 6 reads a .cjs one.
const TYPESCRIPT_API = '~5.9.3';
// peer typescript >=4.8.4 <6.1.0 (typescript-eslint), ^5.x (openapi-typescript)
const API_PEERS = [/^typescript-eslint$/, /^@typescript-eslint\//, /^openapi-typescript$/];
// dependency-cruiser (`tsPreCompilationDeps`) loads whatever `typescript` it finds: 7.0 is outside its range
const API_LOADERS = ['dependency-cruiser'];

function readPackage(pkg) {
  if (pkg.peerDependencies?.typescript && API_PEERS.some((name) => name.test(pkg.name))) {
    delete pkg.peerDependencies.typescript;
    pkg.dependencies = { ...pkg.dependencies, typescript: TYPESCRIPT_API };
  }
  if (API_LOADERS.includes(pkg.name)) pkg.dependencies = { ...pkg.dependencies, typescript: TYPESCRIPT_API };
  return pkg;
}

module.exports = { hooks: { readPackage } };
