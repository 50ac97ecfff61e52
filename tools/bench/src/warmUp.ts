// The warm-up that waits for the emulator's lazy builds (each sortBy order, each member's order, the name
// search, date ranges, each info type's indexes): every parameter of every operation once, every value of
// an enum once (sortBy in both directions), as each user, one request at a time. A request whose build is
// pending waits for it, so when the last answer is in, nothing is left to build during the measured runs.
import { loadContract } from '@crm-contacts/contract';
import type { Vocabulary } from './harvest.js';
import { enumNames, listOperations, randomSource, sortByNames, valueOf, type BenchRequest } from './queryStream.js';

/** The requests that trigger every lazy build, each as every user. */
export function warmUpRequests(vocabulary: Vocabulary, tokens: string[]): BenchRequest[] {
  const document = loadContract();
  const random = randomSource(17);
  const out: BenchRequest[] = [];
  for (const operation of listOperations(document)) {
    const path = operation.paths[0];
    // required parameters at their first value (bycontactinfo's infoType), so that every request is valid
    const required = operation.parameters.filter((p) => p.required)
      .map((p): [string, string] => [p.name, enumNames(document, p.schema)?.[0] ?? String(valueOf(document, random, vocabulary, p.name, p.schema))]);
    // sortOrder is free text with its directions as examples
    const orderSchema = operation.parameters.find((p) => p.name === 'sortOrder')?.schema ?? {};
    const orders: string[] = enumNames(document, orderSchema) ?? orderSchema.examples ?? [''];
    for (const p of operation.parameters) {
      if (p.name === 'count' || p.name === 'startIndex' || p.name === 'sortOrder') continue;
      const names = p.name === 'sortBy' ? sortByNames(document, p.schema) : enumNames(document, p.schema);
      const values = names ?? [valueOf(document, random, vocabulary, p.name, p.schema)].flat().slice(0, 1);
      for (const value of values) {
        for (const order of p.name === 'sortBy' ? orders : ['']) {
          const query = new URLSearchParams(required);
          query.set(p.name, value);
          query.set('count', '1');
          if (order) query.set('sortOrder', order);
          for (const token of tokens) out.push({ path: `${path}?${query}`, token });
        }
      }
    }
  }
  return out;
}

/** Sends them one at a time; resolves with how long it took once the last is answered. */
export async function warmUp(baseUrl: string, requests: BenchRequest[]): Promise<number> {
  const started = performance.now();
  for (const { path, token } of requests) {
    const answer = await fetch(`${baseUrl}${path}`, { headers: { authorization: token } });
    await answer.arrayBuffer();
    if (answer.status >= 500) throw new Error(`bench warm-up: ${path} answered ${answer.status}`);
  }
  return performance.now() - started;
}
