// The check that a tarball ships no module its entry points and bins leave unreached: it names a script
// nothing imports, follows static and dynamic imports and bins, and lets a types-only module pass.
import { expect, it } from 'vitest';
import { unreachableModules } from '../src/unreachableModules.js';

const files: Record<string, string> = {
  'dist/index.js': "export { a } from './a.js';\nexport const lazy = () => import('./lazy/b.js');\n",
  'dist/a.js': "import './types.js';\nexport const a = 1;\n",
  'dist/lazy/b.js': "export * from '../c.js';\n",
  'dist/c.js': 'export const c = 3;\n',
  'dist/types.js': 'export {};\n//# sourceMappingURL=types.js.map\n',
  'dist/generated/shapes.js': '// Generated. Do not edit.\n/* the types of a document */\nexport {};\n//# sourceMappingURL=shapes.js.map',
  'dist/cli.js': "#!/usr/bin/env node\nimport { a } from './a.js';\n",
  'dist/bundleDocument.js': "import { execFileSync } from 'node:child_process';\n",
  'dist/index.d.ts': '',
};
const manifest = { name: '@fixture/reach', version: '1.0.0', exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } }, bin: { fixture: './dist/cli.js' } };

it('names the modules neither an entry point nor a bin reaches, and only those', () => {
  const tarball = { name: manifest.name, file: 'fixture.tgz', files: ['package.json', ...Object.keys(files)] };
  expect(unreachableModules(manifest, tarball, (path) => files[path])).toEqual(['dist/bundleDocument.js']);
  expect(unreachableModules({ ...manifest, bin: undefined }, tarball, (path) => files[path])).toEqual(['dist/bundleDocument.js', 'dist/cli.js']);
  expect(unreachableModules({ ...manifest, exports: './dist/cli.js', bin: undefined }, tarball, (path) => files[path]))
    .toEqual(['dist/bundleDocument.js', 'dist/c.js', 'dist/index.js', 'dist/lazy/b.js']);
});
