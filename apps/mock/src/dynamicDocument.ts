// Prism's dynamic mode (json-schema-faker) fills every array up to its maxItems; the contract allows
// 1000 contacts per page, which takes Prism minutes and gigabytes per answer. The dynamic mock serves
// a copy of the contract whose arrays hold at most a few items; everything else is unchanged.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContract } from '@crm-contacts/contract';

const DYNAMIC_MAX_ITEMS = 3;

function capArrays(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(capArrays);
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = capArrays(value);
  if (copy.type === 'array' || 'items' in copy) {
    copy.maxItems = Math.min(Number(copy.maxItems ?? DYNAMIC_MAX_ITEMS), DYNAMIC_MAX_ITEMS);
  }
  return copy;
}

/** Writes the capped copy to a fresh temporary file and returns its path. */
export function writeDynamicDocument(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'crm-mock-')), 'openapi.dynamic.json');
  writeFileSync(file, JSON.stringify(capArrays(loadContract())));
  return file;
}
