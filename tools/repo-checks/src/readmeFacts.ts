// The contract's numbers as the READMEs state them: prose drifts where code cannot (the emulator README once
// said the header limit is 64 KiB while the contract's room is 1 MiB). Two patterns are read, the ones the
// READMEs use: a size on a line about headers, and a bound word (default, at most, capped at, more than, up to,
// maximum) followed by a number within NEAR characters of a query parameter named in backticks (further away,
// the number is about something else on a long table row).
import { loadContract, maxRequestHeaderBytes } from '@crm-contacts/contract';
import { parameterBounds, SMALLEST } from './eslint/restatedFacts.js';

const UNIT_BYTES: Record<string, number> = { bytes: 1, KB: 1024, KiB: 1024, MB: 1024 ** 2, MiB: 1024 ** 2 };
const SIZE = /(\d[\d,.]*)\s*(bytes|KiB|KB|MiB|MB)\b/g;
const BOUND = /\b(default(?: is| of)?|at most|capped at|more than|up to|maximum(?: of)?|max)\s+(\d[\d,]*)\b/gi;

const NEAR = 50;

const numberOf = (text: string) => Number(text.replace(/,/g, ''));

/** Each query parameter's numeric bounds, by the name a README writes in backticks. */
function boundsByName(document = loadContract()): Map<string, Set<number>> {
  const bounds = new Map<string, Set<number>>();
  for (const { name, value } of parameterBounds(document)) bounds.set(name, (bounds.get(name) ?? new Set<number>()).add(value));
  return bounds;
}

/** `file:line: what` for each number in `text` that disagrees with the contract. */
export function readmeDrift(file: string, text: string, document = loadContract()): string[] {
  const headerBytes = maxRequestHeaderBytes(document);
  const bounds = boundsByName(document);
  return text.split('\n').flatMap((line, i) => {
    const at = `${file}:${i + 1}`;
    const found: string[] = [];
    if (/header/i.test(line)) {
      for (const [, amount, unit] of line.matchAll(SIZE)) {
        const bytes = numberOf(amount) * UNIT_BYTES[unit];
        if (bytes !== headerBytes) found.push(`${at}: "${amount} ${unit}" on a line about headers, but the contract's header room is ${headerBytes} bytes (maxRequestHeaderBytes)`);
      }
    }
    const named = [...line.matchAll(/`([A-Za-z]+)`/g)].filter(([, name]) => bounds.has(name));
    for (const bound of line.matchAll(BOUND)) {
      const [, word, amount] = bound;
      const near = named.filter((name) => Math.abs(name.index - bound.index) <= NEAR).map(([, name]) => name);
      const allowed = new Set(near.flatMap((name) => [...bounds.get(name)!]));
      if (near.length && numberOf(amount) >= SMALLEST && !allowed.has(numberOf(amount))) {
        found.push(`${at}: "${word} ${amount}" beside ${near.map((name) => `\`${name}\``).join(', ')}, whose bounds in the contract are ${[...allowed].join(', ')}`);
      }
    }
    return found;
  });
}
