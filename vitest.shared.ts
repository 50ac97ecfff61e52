// What every package's vitest config shares: the results also as JSON (vitest's json reporter) in
// test-results/vitest.json, declared as turbo's test output, which scripts/test-summary.mjs adds up.
export const RESULTS_FILE = 'test-results/vitest.json';

export const jsonResults = { reporters: ['default', 'json'], outputFile: { json: RESULTS_FILE } };
