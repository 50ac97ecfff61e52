// Server time per query shape, so that no shape hides in the stream's average: a shape's distinct
// requests are sent one at a time (nothing queues behind another), and each one's server time is the
// `durationMs` the emulator's request journal recorded (arrival to the answer's end).
import { loadContract } from '@crm-contacts/contract';
import { Agent, request } from 'undici';
import type { BenchRequest } from './queryStream.js';

/** `failures`: requests of the shape that got no answer or not a 2xx one. */
export interface ShapeRun { shape: string; queries: number; failures: number; p50Ms: number; p99Ms: number; maxMs: number }

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

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * Up to `perShape` requests of each shape of the stream, one at a time, as the stream's users; a shape
 * stops early after `msPerShape` (a slow shape at a million contacts would otherwise take minutes). A
 * request that fails (no answer, or not 2xx) is counted in `failures`, never sent again.
 */
export async function measureShapes(baseUrl: string, adminToken: string, stream: BenchRequest[], perShape = 100, msPerShape = 15_000): Promise<ShapeRun[]> {
  const byShape = new Map<string, BenchRequest[]>();
  for (const request of stream) {
    const list = byShape.get(shapeOf(request.path)) ?? [];
    if (list.length < perShape) list.push(request);
    byShape.set(shapeOf(request.path), list);
  }
  // connections of this run's own: the process's pooled ones sat idle through the load runs (spawnSync
  // blocks this process), past the server's 5 s keep-alive, and the first request on one found it
  // closed ("other side closed"); the pool could not retire them while its timers were blocked
  const connections = new Agent();
  const send = async (path: string, token: string, method: 'GET' | 'DELETE' = 'GET') => {
    const { statusCode, body } = await request(`${baseUrl}${path}`, { method, headers: { authorization: token }, dispatcher: connections });
    return { statusCode, text: await body.text() };
  };
  const journal = '/__emulator/journal';
  const runs: ShapeRun[] = [];
  try {
    for (const [shape, requests] of [...byShape].sort((a, b) => a[0].localeCompare(b[0]))) {
      await send(journal, adminToken, 'DELETE');
      const deadline = performance.now() + msPerShape;
      let failures = 0;
      let sent = 0;
      for (const { path, token } of requests) {
        const answered = await send(path, token).catch(() => undefined);
        if (!answered || answered.statusCode >= 300) failures++;
        sent++;
        if (performance.now() > deadline) break;
      }
      const answer = await send(`${journal}?limit=${sent}`, adminToken);
      if (answer.statusCode !== 200) throw new Error(`bench: the journal answered ${answer.statusCode}: ${answer.text}`);
      const times = (JSON.parse(answer.text).entries as { durationMs: number }[]).map((e) => e.durationMs).sort((a, b) => a - b);
      runs.push({ shape, queries: times.length, failures, p50Ms: percentile(times, 0.5), p99Ms: percentile(times, 0.99), maxMs: times[times.length - 1] });
    }
  } finally {
    await connections.close();
  }
  return runs;
}
