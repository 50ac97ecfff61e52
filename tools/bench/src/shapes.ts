// Server time per query shape, so that no shape hides in the stream's average: a shape's distinct
// requests are sent one at a time (nothing queues behind another), and each one's server time is the
// `durationMs` the emulator's request journal recorded (arrival to the answer's end).
import { loadContract } from '@crm-contacts/contract';
import type { BenchRequest } from './queryStream.js';

export interface ShapeRun { shape: string; queries: number; p50Ms: number; p99Ms: number; maxMs: number }

const DEEP = 2_000;
// a sortBy that is no ContactSortBy names a member: the framework's memory mode, which pages every match
const CONTACT_SORTS = new Set<string>((loadContract().components.schemas.ContactSortBy.enum as unknown[]).map(String));

/** The shape of a request of the stream: the operation and what makes its cost differ. */
export function shapeOf(path: string): string {
  const [route, query = ''] = path.split('?');
  const q = new URLSearchParams(query);
  // without count the real server's default page (the contract's largest): writing it outweighs finding it
  const deep = `${Number(q.get('startIndex') ?? 0) >= DEEP ? ', deep page' : ''}${q.has('count') ? '' : ', default page size'}`;
  if (route.includes('bycontactinfo')) {
    const data = (q.get('data') ?? '').trim();
    const kind = q.has('category') || q.has('isPrimary') ? ' + category/isPrimary' : '';
    let what: string;
    if (data === '') what = 'blank data';
    else if (/[%_]/.test(data)) what = 'data with a wildcard';
    else if (data.length <= 2) what = `data of ${data.length} character${data.length > 1 ? 's' : ''}`;
    else what = 'data of 3+ characters';
    return `bycontactinfo, ${what}${kind}${deep}`;
  }
  const search = q.has('filterValue') ? ', name search' : '';
  const sortBy = q.get('sortBy');
  const sorted = sortBy === null ? '' : CONTACT_SORTS.has(sortBy) ? ', sorted' : ', member sort';
  return `filter${search}${sorted}${deep}`;
}

/**
 * fetch, sent once more when the connection was closed under it: after the load runs a kept-alive
 * connection is at times closed by the server as the next request goes out ("other side closed").
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fetch(url, init);
  }
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * Up to `perShape` requests of each shape of the stream, one at a time, as the stream's users; a shape
 * stops early after `msPerShape` (a slow shape at a million contacts would otherwise take minutes).
 */
export async function measureShapes(baseUrl: string, adminToken: string, stream: BenchRequest[], perShape = 100, msPerShape = 15_000): Promise<ShapeRun[]> {
  const byShape = new Map<string, BenchRequest[]>();
  for (const request of stream) {
    const list = byShape.get(shapeOf(request.path)) ?? [];
    if (list.length < perShape) list.push(request);
    byShape.set(shapeOf(request.path), list);
  }
  const journal = `${baseUrl}/__emulator/journal`;
  const runs: ShapeRun[] = [];
  for (const [shape, requests] of [...byShape].sort((a, b) => a[0].localeCompare(b[0]))) {
    await fetchOnce(journal, { method: 'DELETE', headers: { authorization: adminToken } });
    const deadline = performance.now() + msPerShape;
    let sent = 0;
    for (const { path, token } of requests) {
      await (await fetchOnce(`${baseUrl}${path}`, { headers: { authorization: token } })).arrayBuffer();
      sent++;
      if (performance.now() > deadline) break;
    }
    const answer = await fetchOnce(`${journal}?limit=${sent}`, { headers: { authorization: adminToken } });
    if (!answer.ok) throw new Error(`bench: the journal answered ${answer.status}: ${await answer.text()}`);
    const times = ((await answer.json()).entries as { durationMs: number }[]).map((e) => e.durationMs).sort((a, b) => a - b);
    runs.push({ shape, queries: times.length, p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), maxMs: times[times.length - 1] });
  }
  return runs;
}
