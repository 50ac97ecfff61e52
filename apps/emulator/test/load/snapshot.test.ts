// A generated database is kept as a snapshot and later starts read it back: same data, same answers.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-snapshots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function firstPage(options: { snapshotDir: string | null }) {
  const emulator = await startEmulator({ contacts: 300, seed: 7, port: 0, logLevel: 'silent', adminToken: 'admin', ...options });
  try {
    const response = await fetch(`${emulator.url}/api/2.0/crm/contact/filter?count=50&sortBy=LastName`, { headers: { authorization: 'admin' } });
    return { fromSnapshot: emulator.info.fromSnapshot, body: await response.text(), users: emulator.users };
  } finally {
    await emulator.close();
  }
}

describe('snapshots of generated data', () => {
  it('writes one on the first start and reads it on the next, with identical answers', async () => {
    const first = await firstPage({ snapshotDir: dir });
    expect(first.fromSnapshot).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    const second = await firstPage({ snapshotDir: dir });
    expect(second.fromSnapshot).toBe(true);
    expect(second.body).toBe(first.body);
    expect(second.users).toEqual(first.users);
  });

  it('is not used when turned off', async () => {
    const off = await firstPage({ snapshotDir: null });
    expect(off.fromSnapshot).toBe(false);
  });
});
