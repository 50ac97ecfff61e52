// The import graph (dependency-cruiser, src/graph/): the repository's sources break no rule beyond the known
// violations, each known violation still occurs (delete it when its fix merges), and each rule bites on a
// small fixture tree: a circle, a package importing an app, the engine importing HTTP.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { checkImports } from '../src/graph/cruiseImports.js';
import { sourceFolders } from '../src/graph/sourceFolders.js';
import { repositoryRoot } from '../src/eslint/workspacePackages.js';

const known = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../src/graph', file), 'utf8')) as IViolation[];
/** KNOWN: the engine reading tables from db/ and dates and photo URLs from render/ (issue 18 point 1). */
const ENGINE_LAYERING = known('knownEngineLayering.json');

/** A throwaway tree of files (path: source), cruised like the repository. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'crm-import-graph-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

describe('the import graph', () => {
  it('has no circle, no package importing an app, and an engine that stays inside, but for the known violations', async () => {
    const { violations, gone } = await checkImports(repositoryRoot, sourceFolders(), ENGINE_LAYERING);
    expect(violations).toEqual([]);
    expect(gone, 'known violations that no longer occur: delete them from src/graph/known*.json').toEqual([]);
  });

  it('fails on a circle, naming it', async () => {
    const root = fixture({ 'packages/lib/src/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n", 'packages/lib/src/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n" });
    expect((await checkImports(root, ['packages'])).violations).toEqual([
      'no-circular: packages/lib/src/a.ts -> packages/lib/src/b.ts -> packages/lib/src/a.ts',
    ]);
  });

  it('fails on a package importing an app, by path or by its package name', async () => {
    const root = fixture({
      'packages/lib/src/up.ts': "import { server } from '../../../apps/emulator/src/server.js';\nimport { start } from '@crm-contacts/emulator';\nexport { server, start };\n",
      'apps/emulator/src/server.ts': 'export const server = 1;\n',
    });
    expect((await checkImports(root, ['packages', 'apps'])).violations).toEqual([
      'packages-never-import-apps: packages/lib/src/up.ts -> @crm-contacts/emulator',
      'packages-never-import-apps: packages/lib/src/up.ts -> apps/emulator/src/server.ts',
    ]);
  });

  it("fails on the emulator's engine importing HTTP, naming importer and imported", async () => {
    const root = fixture({ 'apps/emulator/src/engine/query.ts': "import { reply } from '../http/reply.js';\nexport const query = reply;\n", 'apps/emulator/src/http/reply.ts': 'export const reply = 1;\n' });
    expect((await checkImports(root, ['apps'])).violations).toEqual(['engine-stays-inside: apps/emulator/src/engine/query.ts -> apps/emulator/src/http/reply.ts']);
  });

  it('fails on the emulator importing the client, by path or by its package name', async () => {
    const root = fixture({
      'apps/emulator/src/portal.ts': "import { createCrmClient } from '@crm-contacts/client';\nimport { pageThrough } from '../../../packages/client/src/pageThrough.js';\nexport { createCrmClient, pageThrough };\n",
      'packages/client/src/pageThrough.ts': 'export const pageThrough = 1;\n',
    });
    expect((await checkImports(root, ['packages', 'apps'])).violations).toEqual([
      'emulator-serves-without-the-client: apps/emulator/src/portal.ts -> @crm-contacts/client',
      'emulator-serves-without-the-client: apps/emulator/src/portal.ts -> packages/client/src/pageThrough.ts',
    ]);
  });
});
