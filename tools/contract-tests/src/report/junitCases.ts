// A JUnit report's test cases, read with an XML parser as a CI system would.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface JunitCase {
  name: string;
  classname: string;
  failure?: { '#text'?: string; message?: string };
  skipped?: unknown;
}

export function junitCases(file: string): { cases: JunitCase[]; failures: number } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });
  const parsed = parser.parse(readFileSync(file, 'utf8')) as { testsuites: { failures: string; testsuite: Array<{ testcase?: JunitCase[] }> } };
  return { cases: parsed.testsuites.testsuite.flatMap((suite) => suite.testcase ?? []), failures: Number(parsed.testsuites.failures) };
}
