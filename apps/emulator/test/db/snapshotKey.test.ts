// A snapshot's key changes with the code its data depends on, compiled or source (the tests run the source).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash } from '../../src/db/snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-snapshot-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the snapshot's code hash", () => {
  it('changes with any .ts, .js or .json file of its folders and with the files it names, and with nothing else', () => {
    const columns = join(dir, 'columns.ts');
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
    write('loader.ts', 'a');
    write('generate.js', 'b');
    write('schema.json', '{}');
    write('notes.md', 'x');
    write('columns.ts', 'c');
    const hash = () => codeHash([dir], [columns, join(dir, 'absent.js')]);
    const before = hash();
    expect(hash()).toBe(before);
    write('notes.md', 'y');
    expect(hash()).toBe(before);
    const seen = new Set([before]);
    for (const [name, text] of [['loader.ts', 'a2'], ['generate.js', 'b2'], ['schema.json', '{"x":1}'], ['columns.ts', 'c2']]) {
      write(name, text);
      expect(seen.has(hash()), name).toBe(false);
      seen.add(hash());
    }
  });
});
