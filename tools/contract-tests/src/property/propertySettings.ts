// Shared by the property-based tests: the seed (FC_SEED reproduces a failed run; fast-check prints it
// with the counterexample), the run counts, and the endpoints they cover.
import { operationPath } from '@crm-contacts/contract';
import { DEFAULT_SEED } from '@crm-contacts/emulator';

export const PROPERTY_SEED = Number(process.env.FC_SEED ?? DEFAULT_SEED);

/** At least 1,000 generated queries per endpoint per run, as the issue asks. */
// eslint-disable-next-line no-restricted-syntax -- fast-check runs per endpoint, which the issue sets at 1,000
export const RUNS_PER_ENDPOINT = Number(process.env.FC_RUNS ?? 1000);

const FORMS = ['plain', 'json', 'xml'] as const;
export const FILTER_PATHS = FORMS.map((form) => operationPath('filterContacts', form));
export const BY_CONTACT_INFO_PATHS = FORMS.map((form) => operationPath('getContactsByContactInfo', form));

export function fcParameters(numRuns: number) {
  return { seed: PROPERTY_SEED, numRuns, endOnFailure: true } as const;
}
