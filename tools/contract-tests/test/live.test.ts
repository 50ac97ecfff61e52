// The same Dredd suite, read-only, against a real portal when CRM_BASE_URL and credentials are set.
import { describe, expect, it } from 'vitest';
import { runDredd, formatReport } from '@crm-contacts/contract-test';
import { LIVE_SKIPPED_LINE, liveTargetFromEnv } from '../src/targets/startTarget.js';

const live = liveTargetFromEnv();
if (!live) console.log(LIVE_SKIPPED_LINE);

describe.runIf(live)('Dredd against the portal in CRM_BASE_URL', () => {
  it('passes every transaction it runs, read-only', async () => {
    const run = await runDredd(live!);
    console.log(formatReport([run]));
    expect(run.results.filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(run.results.filter((r) => r.outcome === 'passed').length).toBeGreaterThan(0);
  });
});

describe('live mode without configuration', () => {
  it('is not configured by a base URL alone', () => {
    expect(liveTargetFromEnv({ CRM_BASE_URL: 'https://portal.example' })).toBeUndefined();
  });

  it('takes a token or a user name with a password', () => {
    expect(liveTargetFromEnv({ CRM_BASE_URL: 'https://portal.example/', CRM_TOKEN: 't' })).toMatchObject({ kind: 'live', baseUrl: 'https://portal.example' });
    expect(liveTargetFromEnv({ CRM_BASE_URL: 'https://portal.example', CRM_USER: 'u', CRM_PASSWORD: 'p' })?.credentials).toEqual({ token: undefined, userName: 'u', password: 'p' });
  });
});
