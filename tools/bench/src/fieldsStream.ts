// The cost of `fields`: the same distinct filter pages (every startIndex, three users) asked for whole and
// trimmed to `id,displayName`, at a page size; the bench runs both on one server in one run.
import { operationPath } from '@crm-contacts/contract';
import { randomSource, type BenchRequest } from './queryStream.js';

export const TRIMMED_FIELDS = 'id,displayName';

/** Two streams of the same queries, in the same order: whole contacts, and trimmed by `fields`. */
export function fieldsStreams(tokens: string[], contacts: number, count: number, size: number, seed: number): { whole: BenchRequest[]; trimmed: BenchRequest[] } {
  const random = randomSource(seed);
  const path = operationPath('filterContacts');
  const starts = Math.max(1, contacts - count + 1);
  const whole: BenchRequest[] = [];
  const trimmed: BenchRequest[] = [];
  const seen = new Set<string>();
  for (let attempts = 0; whole.length < Math.min(size, starts * tokens.length) && attempts < size * 20; attempts++) {
    const startIndex = Math.floor(random() * starts);
    const token = tokens[Math.floor(random() * tokens.length)];
    const query = `${path}?count=${count}&startIndex=${startIndex}`;
    if (seen.has(`${token} ${query}`)) continue;
    seen.add(`${token} ${query}`);
    whole.push({ path: query, token });
    trimmed.push({ path: `${query}&fields=${TRIMMED_FIELDS}`, token });
  }
  return { whole, trimmed };
}
