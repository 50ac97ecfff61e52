// The bench's own logic, fast (the whole quick bench runs in `pnpm bench:quick`): a request's query shape,
// and the Markdown table and SVG chart written from a run's results.
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../src/load.js';
import { markdown, svgChart, type BenchResults, type ServingRun } from '../src/report.js';
import { shapeOf } from '../src/shapes.js';

const load = (requestsPerSecond: number): LoadResult => ({ requestsPerSecond, p50Ms: 2, p99Ms: 9, bytesPerRequest: 50_000, sent: 1000, distinct: 1000, non2xx: 0, errors: 0 });
const emulator = (store: 'sqlite' | 'postgres', contacts: number, requestsPerSecond: number): ServingRun => ({ ...load(requestsPerSecond), target: 'emulator', store, contacts, connections: 10, rssMb: 200 });

const results: BenchResults = {
  date: '2026-12-05', machine: 'test', mode: 'quick', secondsPerRun: 1,
  serving: [
    emulator('sqlite', 10_000, 3900), emulator('sqlite', 100_000, 700), emulator('postgres', 10_000, 3400),
    { ...load(1000), target: 'prism', connections: 10 }, { ...load(21_000), target: 'static', connections: 10 },
  ],
  starts: [{ store: 'sqlite', contacts: 10_000, millis: 920, what: 'spawn to listening' }],
  shapes: [{ store: 'sqlite', contacts: 10_000, runs: [{ shape: 'bycontactinfo, data of 1 character', queries: 40, failures: 2, p50Ms: 0.5, p99Ms: 1.2, maxMs: 3 }] }],
  holdUps: [{ store: 'sqlite', contacts: 10_000, heavyShape: 'bycontactinfo, data of 1 character', aloneP50Ms: 1, aloneP99Ms: 4, withHeavyP50Ms: 1, withHeavyP99Ms: 8 }],
  soak: { contacts: 10_000, connections: 50, seconds: 2, requests: 900, errors: 0, non2xx: 0, rssAfterWarmUpMb: 300, rssEndMb: 303, growthPercent: 1 },
};

describe('query shapes', () => {
  it.each([
    ['/api/2.0/crm/contact/bycontactinfo?infoType=1&data=a', 'bycontactinfo, data of 1 character, default page size'],
    ['/api/2.0/crm/contact/bycontactinfo?infoType=1&data=ab&count=25', 'bycontactinfo, data of 2 characters'],
    ['/api/2.0/crm/contact/bycontactinfo?infoType=1&data=a%25c&isPrimary=true&count=25', 'bycontactinfo, data with a wildcard + category/isPrimary'],
    ['/api/2.0/crm/contact/bycontactinfo?infoType=1&data=%20&count=25&startIndex=2000', 'bycontactinfo, blank data, deep page'],
    ['/api/2.0/crm/contact/filter?filterValue=jo&sortBy=Created&count=25', 'filter, name search, sorted'],
    ['/api/2.0/crm/contact/filter.xml?sortBy=displayName&count=25', 'filter, member sort'],
  ])('%s is %s', (path, shape) => {
    expect(shapeOf(path)).toBe(shape);
  });
});

describe('the results written', () => {
  it('has a Markdown row per run, start, shape, hold-up and the soak', () => {
    const text = markdown(results);
    expect(text).toContain('| emulator | sqlite | 10,000 | 10 | 3,900 | 2 | 9 | 50,000 | 195 | 200 | 1,000 of 1,000 | 0 |');
    expect(text).toContain('| prism | — | — | 10 | 1,000 |');
    expect(text).toContain('| sqlite | 10,000 | 920 ms | spawn to listening |');
    expect(text).toContain('| bycontactinfo, data of 1 character | sqlite | 10,000 | 40 | 2 | 0.5 | 1.2 | 3 |');
    expect(text).toContain('| 1 / 4 | 1 / 8 | 2.0 |');
    expect(text).toContain('Soak: 2 s at 50 connections, 10,000 contacts: 900 requests, 0 errors');
  });

  it('draws a line per store through its sizes, and Prism and the ceiling as levels', () => {
    const svg = svgChart(results);
    expect(svg.startsWith('<svg')).toBe(true);
    const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map((m) => m[1].split(' ').length);
    expect(lines).toEqual([2, 1]);
    expect(svg).toContain('>emulator, postgres</text>');
    expect(svg).toContain('>Prism mock</text>');
    expect(svg).toContain('>static ceiling</text>');
  });
});
