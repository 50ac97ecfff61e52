// Shared by the property-based tests: the seed (FC_SEED reproduces a failed run; fast-check prints it
// with the counterexample), the run counts, and the endpoints they cover.
export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20240601);

/** At least 1,000 generated queries per endpoint per run, as the issue asks. */
export const RUNS_PER_ENDPOINT = Number(process.env.FC_RUNS ?? 1000);

export const FILTER_PATHS = ['/api/2.0/crm/contact/filter', '/api/2.0/crm/contact/filter.json', '/api/2.0/crm/contact/filter.xml'];
export const BY_CONTACT_INFO_PATHS = ['/api/2.0/crm/contact/bycontactinfo', '/api/2.0/crm/contact/bycontactinfo.json', '/api/2.0/crm/contact/bycontactinfo.xml'];

export function fcParameters(numRuns: number) {
  return { seed: PROPERTY_SEED, numRuns, endOnFailure: true } as const;
}
