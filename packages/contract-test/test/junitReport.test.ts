// The JUnit report, read back with an XML parser: a suite per tool, a case per check, failures with their
// whole message, skips with their reason.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junitReport } from '../src/report/junitReport.js';
import type { ToolRun } from '../src/report/toolRun.js';

const RUNS: ToolRun[] = [
  { tool: 'dredd', target: 'portal', results: [
    { endpoint: 'GET /a', check: 'a > 200 > application/json', outcome: 'passed' },
    { endpoint: 'GET /a', check: 'a > 400 > application/json', outcome: 'failed', message: 'filterContacts: GET /a → 400\n  body: <wrong> & "quoted"' },
  ] },
  { tool: 'property', target: 'portal', results: [{ endpoint: 'GET /b', check: 'b: generated queries', outcome: 'skipped', message: 'the request budget left no request for it' }] },
];

describe('junitReport', () => {
  it('writes what a JUnit reader finds again', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(junitReport(RUNS));
    expect(parsed.testsuites).toMatchObject({ tests: '3', failures: '1', skipped: '1' });
    const [dredd, property] = parsed.testsuites.testsuite;
    expect(dredd.name).toBe('dredd → portal');
    expect(dredd.testcase.map((c: { name: string; classname: string }) => [c.classname, c.name])).toEqual([['GET /a', 'a > 200 > application/json'], ['GET /a', 'a > 400 > application/json']]);
    expect(dredd.testcase[1].failure.message).toBe('filterContacts: GET /a → 400');
    expect(dredd.testcase[1].failure['#text']).toContain('body: <wrong> & "quoted"');
    expect(property.testcase[0]).toHaveProperty('skipped');
    expect(property.testcase[0]['system-out']).toBe('the request budget left no request for it');
  });
});
