// The contract's bounds as constants, for code that cannot read the contract at run time (the browser
// client): written from @crm-contacts/contract's `contractLimits`, so they never drift from it.
import { contractLimits, type OpenApiDocument } from '@crm-contacts/contract';

export function renderLimits(document: OpenApiDocument): string {
  return `/** Bounds the contract states: the page size (count's maximum and default), tags per query and a tag's length. */
export const contractLimits = ${JSON.stringify(contractLimits(document), null, 2)} as const;
`;
}
