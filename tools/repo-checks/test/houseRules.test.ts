// The house rules (src/eslint/) bite: each is fed a small offending file placed in a package's src/ and must
// fail naming what it restates or which helper to use; the same code in the owning package, in a test or
// marked as known debt passes. That the repository itself passes is each package's `lint`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { KNOWN_DEBT } from '../src/eslint/oneHelperEach.js';
import { restatedFacts } from '../src/eslint/restatedFacts.js';
import { repositoryRoot } from '../src/eslint/workspacePackages.js';

const eslint = new ESLint({ cwd: repositoryRoot });

/** `line: rule: message` for each problem the house rules find in `code` as if it were the file at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repositoryRoot, path) });
  return result.messages.map((message) => `${message.line}: ${message.ruleId}: ${message.message}`);
}

const EMULATOR = 'apps/emulator/src/probe.ts';

describe('restated facts of the contract', () => {
  it('knows the facts it looks for (the page size, the tag length, an HRESULT, the header room), from the contract', () => {
    const facts = new Map(restatedFacts().map(({ value, facts }) => [value, facts]));
    expect(facts.get(1000)).toContain('count.maximum');
    expect(facts.get(255)).toContain('tags.maxLength');
    expect(facts.get(2147024809)).toContain('the HRESULT of BadParameter');
    expect(facts.get(1048576)).toContain('the request header room, maxRequestHeaderBytes()');
    expect(facts.has(1024)).toBe(false); // a unit (and data's maxLength): never read as the contract's
  });

  it('fails on the page size as a number, in a string and in a template, naming the fact', async () => {
    const found = await problems(EMULATOR, "export const a = 1_000;\nexport const b = 'at most 1,000 contacts';\nexport const c = (n: number) => `${n} of 1000`;\n");
    expect(found).toEqual([1, 2, 3].map((line) => expect.stringMatching(new RegExp(`^${line}: no-restricted-syntax: 1000 restates a fact of the contract \\(.*count\\.maximum`))));
  });

  it('fails on an HRESULT and a negated bound', async () => {
    const found = await problems(EMULATOR, 'export const e = { hresult: -2147024809, min: -2147483648 };\n');
    expect(found).toEqual([expect.stringContaining('the HRESULT of BadParameter'), expect.stringContaining('contactListView.minimum')]);
  });

  it('passes a unit conversion, other numbers, a test and the contract itself', async () => {
    expect(await problems(EMULATOR, 'export const micros = (ms: number) => ms * 1000 + 10000 + 1024;\n')).toEqual([]);
    expect(await problems('apps/emulator/test/probe.test.ts', 'export const page = 1000;\n')).toEqual([]);
    expect(await problems('packages/contract/src/probe.ts', 'export const page = 1000;\n')).toEqual([]);
  });
});

describe('restated text facts of the contract', () => {
  it("fails on the empty guid in a string or template and on the Delivery label, naming the contract's extension", async () => {
    const found = await problems(EMULATOR, [
      "export const nobody = '00000000-0000-0000-0000-000000000000';",
      'export const help = (flag: string) => `${flag} 00000000-0000-0000-0000-000000000000: by no one`;',
      "export const label = 'Delivery';",
    ].join('\n'));
    expect(found).toEqual([
      expect.stringMatching(/^1: no-restricted-syntax: '0{8}-0{4}-0{4}-0{4}-0{12}' restates a fact of the contract \(responsibleid's x-crm-empty-guid/),
      expect.stringMatching(/^2: no-restricted-syntax: .*x-crm-empty-guid/),
      expect.stringMatching(/^3: no-restricted-syntax: 'Delivery' restates a fact of the contract \(AddressCategory's x-crm-labels/),
    ]);
  });

  it('passes other guids, the label inside a sentence, and tests', async () => {
    expect(await problems(EMULATOR, "export const id = '00000000-0000-4000-8000-0000000ad001';\nexport const s = 'Delivery address';\n")).toEqual([]);
    expect(await problems('apps/emulator/test/probe.test.ts', "export const nobody = '00000000-0000-0000-0000-000000000000';\n")).toEqual([]);
  });
});

describe('one helper each', () => {
  it("fails on ajv imported outside the contract, in double quotes or by require, naming the contract's validator", async () => {
    const found = await problems(EMULATOR, 'import { Ajv } from "ajv";\nconst formats = require(\'ajv-formats\');\nexport { Ajv, formats };\n');
    expect(found).toEqual([
      expect.stringMatching(/^1: @typescript-eslint\/no-restricted-imports: .*'ajv' is packages\/contract's: validate against the contract through @crm-contacts\/contract\/validator/),
      expect.stringMatching(/^2: no-restricted-syntax: 'ajv' is packages\/contract's/),
    ]);
  });

  it('passes a type import of ajv, and ajv in its owner', async () => {
    expect(await problems(EMULATOR, "import type { ErrorObject } from 'ajv';\nexport type E = ErrorObject;\n")).toEqual([]);
    expect(await problems('packages/contract/src/probe.ts', "import { Ajv } from 'ajv';\nexport { Ajv };\n")).toEqual([]);
  });

  it('fails on node:child_process outside @crm-contacts/processes, also as import()', async () => {
    const found = await problems('packages/cli/src/probe.ts', "import { spawn } from 'node:child_process';\nexport const c = await import('child_process');\nexport { spawn };\n");
    expect(found).toEqual([expect.stringMatching(/^1: .*start processes through @crm-contacts\/processes/), expect.stringMatching(/^2: no-restricted-syntax: .*@crm-contacts\/processes/)]);
  });

  it('fails on a hand-written pointer walk and a walk over document.paths', async () => {
    const found = await problems(EMULATOR, [
      "export const ref = (name: string) => '#/components/schemas/' + name;",
      "export const escape = (key: string) => key.replace(/\\//g, '~1');",
      'export const last = (schema: { $ref: string }) => schema.$ref.split(\'#\')[1];',
      'export const paths = (document: { paths: object }) => Object.keys(document.paths);',
    ].join('\n'));
    expect(found).toEqual([
      expect.stringMatching(/^1: no-restricted-syntax: walk JSON pointers and \$refs through @crm-contacts\/contract/),
      expect.stringMatching(/^2: no-restricted-syntax: walk JSON pointers/),
      expect.stringMatching(/^3: no-restricted-syntax: walk JSON pointers/),
      expect.stringMatching(/^4: no-restricted-syntax: walk the contract's operations through @crm-contacts\/contract/),
    ]);
  });

  it('keeps its known debt to files that exist', () => {
    expect(Object.keys(KNOWN_DEBT).filter((file) => !existsSync(join(repositoryRoot, file)))).toEqual([]);
  });

  it('keeps its known debt to files that still owe it (delete a line when its fix merges)', async () => {
    const paid: string[] = [];
    for (const [file, { rules }] of Object.entries(KNOWN_DEBT)) {
      // the same code beside the file, where its package's rules apply without the exemption
      const found = (await problems(file.replace(/\.(\w+)$/, '.debt-probe.$1'), readFileSync(join(repositoryRoot, file), 'utf8'))).join('\n');
      for (const rule of rules) {
        const owed = rule === 'pointer walk' ? /walk JSON pointers/ : rule === 'paths walk' ? /over document\.paths/ : new RegExp(`'${rule}' is`);
        if (!owed.test(found)) paid.push(`${file}: ${rule}`);
      }
    }
    expect(paid).toEqual([]);
  });
});
