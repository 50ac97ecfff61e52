// Generated queries, valid and invalid, on every GET endpoint: never a 5xx, every answer what the
// contract says for its status and media type, valid queries accepted and invalid ones refused with 400.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getList, invalidQuery, validQuery, type Query } from '@crm-contacts/contract-test';
import { fcParameters, BY_CONTACT_INFO_PATHS, FILTER_PATHS, PROPERTY_SEED, RUNS_PER_ENDPOINT } from '../../src/property/propertySettings.js';
import { sharedTarget } from '../sharedTargets.js';

const target = sharedTarget('emulator');

describe.each([...FILTER_PATHS, ...BY_CONTACT_INFO_PATHS])('GET %s', (path) => {
  it(`answers ${RUNS_PER_ENDPOINT} generated queries as the contract says (seed ${PROPERTY_SEED})`, async () => {
    const { baseUrl, credentials } = target;
    const generated = fc.oneof(
      { arbitrary: validQuery(path).map((query) => ({ query, broken: undefined as string | undefined })), weight: 3 },
      { arbitrary: invalidQuery(path), weight: 1 },
    );
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(generated, async ({ query, broken }: { query: Query; broken?: string }) => {
        const answer = await getList(baseUrl, path, query, credentials.token);
        requests += 1;
        const context = `${answer.url} (${broken ? `invalid ${broken}` : 'valid'}) → ${answer.status}`;
        expect(answer.status, context).toBeLessThan(500);
        expect(answer.errors, context).toEqual([]);
        expect(answer.status, context).toBe(broken ? 400 : 200);
      }),
      fcParameters(RUNS_PER_ENDPOINT),
    );
    console.log(`property answers-per-contract GET ${path}: ${requests} requests passed (seed ${PROPERTY_SEED})`);
    expect(requests).toBeGreaterThanOrEqual(RUNS_PER_ENDPOINT);
  });
});
