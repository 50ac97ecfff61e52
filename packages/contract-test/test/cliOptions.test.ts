// The command line: what each option turns into, and a one-line error naming the option that is wrong.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_REQUESTS, DEFAULT_RATE, readCliOptions, UsageError } from '../src/cliOptions.js';

const read = (...argv: string[]) => readCliOptions(argv, () => 42);

describe('readCliOptions', () => {
  it('reads a token run with the defaults', () => {
    expect(read('--base-url', 'https://portal.example/', '--token', 't')).toEqual({
      baseUrl: 'https://portal.example', credentials: { token: 't' }, report: undefined,
      maxRequests: DEFAULT_MAX_REQUESTS, ratePerSecond: DEFAULT_RATE, seed: 42,
    });
  });

  it('reads a sign-in run with a report, a budget, a rate and a seed', () => {
    expect(read('--base-url', 'http://127.0.0.1:8080', '--user', 'me', '--password', 'p', '--report', 'junit', '--max-requests', '50', '--rate', '0', '--seed', '9')).toMatchObject({
      credentials: { userName: 'me', password: 'p' }, report: { format: 'junit', out: 'crm-contract-test.xml' }, maxRequests: 50, ratePerSecond: 0, seed: 9,
    });
  });

  it.each([
    [['--token', 't'], /--base-url is required/],
    [['--base-url', 'portal', '--token', 't'], /--base-url must be an http\(s\) URL, not 'portal'/],
    [['--base-url', 'ftp://x', '--token', 't'], /--base-url must be an http\(s\) URL/],
    [['--base-url', 'http://x'], /credentials are required/],
    [['--base-url', 'http://x', '--user', 'me'], /--user needs --password/],
    [['--base-url', 'http://x', '--token', 't', '--user', 'me', '--password', 'p'], /not both/],
    [['--base-url', 'http://x', '--token', 't', '--report', 'html'], /--report must be junit or json, not 'html'/],
    [['--base-url', 'http://x', '--token', 't', '--out', 'r.xml'], /--out needs --report/],
    [['--base-url', 'http://x', '--token', 't', '--max-requests', '0'], /--max-requests must be a whole number of at least 1, not '0'/],
    [['--base-url', 'http://x', '--token', 't', '--rate', 'fast'], /--rate must be a whole number/],
    [['--base-url', 'http://x', '--token', 't', '--verbose'], /Unknown option '--verbose'/],
  ])('refuses %j', (argv, message) => {
    expect(() => read(...argv)).toThrow(UsageError);
    expect(() => read(...argv)).toThrow(message);
  });
});
