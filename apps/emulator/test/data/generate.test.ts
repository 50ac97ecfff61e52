import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { generateDataset } from '../../src/data/generate.js';

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('generateDataset', () => {
  it('is deterministic: same seed and size give the same bytes, whatever the chunk size', () => {
    const a = generateDataset({ seed: 7, contacts: 3000 });
    const b = generateDataset({ seed: 7, contacts: 3000, chunkSize: 333 });
    expect(hash(a)).toBe(hash(b));
    expect(hash(generateDataset({ seed: 8, contacts: 3000 }))).not.toBe(hash(a));
  });

  it('draws what it always drew: the order of random draws is the data (tokens in the README, fixtures pointing at generated ids)', () => {
    expect(hash(generateDataset({ seed: 7, contacts: 3000 }))).toBe('c7e475f665180c6173bb5d911d3bac2a300265585d872829ca3ffa7cfffa06bd');
  });

  it('covers the domain: users, every info type, stages and types with none, share types, deals', () => {
    const d = generateDataset({ seed: 1, contacts: 5000 });
    expect(d.users.filter((u) => u.isAdmin)).toHaveLength(1);
    expect(new Set(d.users.map((u) => u.token)).size).toBe(d.users.length);
    expect(new Set(d.contactInfos.map((i) => i.infoType))).toEqual(new Set(Array.from({ length: 18 }, (_, i) => i)));
    expect(d.stages.map((s) => [s.title, s.color])).toEqual([['Cold', '#8a98d8'], ['Warm', '#ffd267'], ['Hot', '#df7895']]);
    expect(new Set(d.contacts.map((c) => c.stageId))).toEqual(new Set([0, 1, 2, 3]));
    expect(new Set(d.contacts.map((c) => c.contactTypeId))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(new Set(d.contacts.map((c) => c.shareType))).toEqual(new Set([0, 1, 2]));
    expect(new Set(d.customFields.map((f) => f.fieldType))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(d.contacts.filter((c) => c.isCompany)).toHaveLength(1000);
    const companies = new Set(d.contacts.filter((c) => c.isCompany).map((c) => c.id));
    expect(d.contacts.filter((c) => c.companyId).every((c) => companies.has(c.companyId))).toBe(true);
    expect(d.dealContacts.length).toBeGreaterThan(300);
    expect(d.tags).toHaveLength(30);
  });
});
