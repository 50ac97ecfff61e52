// SQLite in a real file, as `DATABASE_URL=sqlite:<file>` asks: the data lands in the file and a
// second emulator over a fresh load of the same file answers the same.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-sqlite-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite in a file', () => {
  it('loads the data into the file and answers from it', async () => {
    const file = join(dir, 'crm.sqlite');
    const pages: string[] = [];
    for (let run = 0; run < 2; run++) {
      const emulator = await startEmulator({ file, contacts: 250, seed: 3, port: 0, logLevel: 'silent', adminToken: 'admin' });
      try {
        expect(emulator.info.dialect).toBe('sqlite');
        const response = await fetch(`${emulator.url}/api/2.0/crm/contact/filter?count=20`, { headers: { authorization: 'admin' } });
        pages.push(await response.text());
      } finally {
        await emulator.close();
      }
    }
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect(JSON.parse(pages[0]).total).toBe(250);
    expect(pages[1]).toBe(pages[0]);
  });
});
