// A start from a snapshot's column file answers as a start that reads the rows; a damaged column file is
// never used: that start reads the rows, says why, and writes the file again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-column-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// filters, sorts both ways, views, tags, search, a deep page, and contact information of each kind, as two users
const QUERIES = [
  'filter?count=40&sortBy=LastName', 'filter?count=40&sortBy=DisplayName&sortOrder=descending&startIndex=120',
  'filter?count=25&contactListView=company&sortBy=Created', 'filter?count=25&tags=VIP&tags=Partner&contactStage=2',
  'filter?count=25&prefix=a&sortBy=FirstName', 'filter?count=10&searchText=son&contactType=3',
  'filter?count=30&fromDate=2023-01-01&toDate=2024-06-30&sortBy=History', 'filter?count=5&contactListView=withopportunity&sortBy=Stage',
  'bycontactinfo?infoType=Email&data=ex', 'bycontactinfo?infoType=Phone&data=5&isPrimary=true', 'bycontactinfo?infoType=Website&data=a',
  'filter.xml?count=15&sortBy=CompanyName',
];

async function answers(snapshotDir: string | null) {
  const emulator = await startEmulator({ contacts: 500, seed: 13, port: 0, logLevel: 'silent', adminToken: 'admin', snapshotDir });
  try {
    const manager = emulator.users.find((u) => u.userName === 'manager1')!.token;
    const bodies: string[] = [];
    for (const token of ['admin', manager]) {
      for (const query of QUERIES) {
        const response = await fetch(`${emulator.url}/api/2.0/crm/contact/${query}`, { headers: { authorization: token } });
        bodies.push(`${response.status} ${await response.text()}`);
      }
    }
    return { bodies, snapshotColumns: emulator.info.snapshotColumns, users: emulator.users };
  } finally {
    await emulator.close();
  }
}

const columnFile = () => join(dir, readdirSync(dir).find((f) => f.endsWith('.columns'))!);

describe('the snapshot\'s column file', () => {
  it('is written beside the snapshot, and a start from it answers every sampled query as a start from the rows', async () => {
    const rows = await answers(null);
    expect(rows.snapshotColumns).toBeUndefined();
    expect(rows.bodies.filter((b) => b.startsWith('200 ')).length).toBeGreaterThan(QUERIES.length);
    const first = await answers(dir);
    expect(first.snapshotColumns).toEqual({ from: 'rows', refused: undefined });
    // under the snapshot's own key (seed, size, code hash): a code change renames both files
    expect(columnFile().replace(/\.columns$/, '.sqlite')).toBe(join(dir, readdirSync(dir).find((f) => f.endsWith('.sqlite'))!));
    const mapped = await answers(dir);
    expect(mapped.snapshotColumns).toEqual({ from: 'column file' });
    expect(mapped.bodies).toEqual(rows.bodies);
    expect(mapped.users).toEqual(rows.users);
  });

  it('when damaged, is refused with the reason, the rows are read instead, and it is written again', async () => {
    const good = readFileSync(columnFile());
    const damaged = Buffer.from(good);
    damaged[Math.floor(damaged.length / 2)] ^= 0xff;
    writeFileSync(columnFile(), damaged);
    const rows = await answers(null);
    const refused = await answers(dir);
    expect(refused.snapshotColumns?.from).toBe('rows');
    expect(refused.snapshotColumns?.refused).toMatch(/column file .*\.columns is damaged \(its CRC-32 does not match\)/);
    expect(refused.bodies).toEqual(rows.bodies);
    expect(readFileSync(columnFile()).equals(good)).toBe(true);
    expect((await answers(dir)).snapshotColumns).toEqual({ from: 'column file' });
  });
});
