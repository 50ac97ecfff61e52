// The Schemathesis report reader: one entry per operation, one failure per test case.
import { describe, expect, it } from 'vitest';
import { readJunit } from '../src/schemathesis/runSchemathesis.js';
import { KNOWN_ISSUES } from '../src/schemathesis/knownIssues.js';

const JUNIT = `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="schemathesis">
<testcase name="GET /api/2.0/crm/contact/filter" time="0.1"><failure type="failure" message="ST201">1. Test Case ID: a

- ST201 Schema-violating request accepted
    Invalid component: parameter \`count\` in query - count: not an integer

    curl -X GET 'http://127.0.0.1:1/api/2.0/crm/contact/filter?count=abc'
2. Test Case ID: b

- ST101 Server error
    curl -X GET 'http://127.0.0.1:1/api/2.0/crm/contact/filter?x=&amp;y=1&#38;z=&#x27;q&#39;'</failure></testcase>
<testcase name="POST /api/2.0/authentication" time="0.1"/>
</testsuite></testsuites>`;

describe('readJunit', () => {
  it('splits failures per test case and decodes entities', () => {
    const cases = readJunit(JUNIT);
    expect(cases.map((c) => [c.operation, c.failures.length])).toEqual([['GET /api/2.0/crm/contact/filter', 2], ['POST /api/2.0/authentication', 0]]);
    expect(cases[0].failures[1]).toContain("x=&y=1&z='q'"); // named, decimal and hexadecimal references
  });

  it('recognises a lenient paging value as a known contract issue and a server error as none', () => {
    const [first, second] = readJunit(JUNIT)[0].failures;
    expect(KNOWN_ISSUES.find((i) => i.matches(first))?.id).toBe('contract: count and startIndex fall back instead of failing (x-crm-lenient)');
    expect(KNOWN_ISSUES.find((i) => i.matches(second))).toBeUndefined();
  });
});
