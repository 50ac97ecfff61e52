// Fixture copies of the bundled contract, each with one change a consumer would (or would not) notice.
import { loadContract, type OpenApiDocument } from '@crm-contacts/contract';

const FILTER = '/api/2.0/crm/contact/filter';
type Change = (contract: OpenApiDocument) => void;

export const BREAKING: Record<string, Change> = {
  'a removed parameter (tags of filter)': (c) => {
    c.paths[FILTER].get.parameters = c.paths[FILTER].get.parameters.filter((p: { $ref?: string }) => p.$ref !== '#/components/parameters/tags');
  },
  'a removed enum value (WithOpportunity of ContactListViewName)': (c) => {
    c.components.schemas.ContactListViewName.enum = c.components.schemas.ContactListViewName.enum.filter((v: string) => v !== 'WithOpportunity');
  },
  'a removed response property (displayName of every contact)': (c) => {
    const base = c.components.schemas.ContactBase;
    delete base.properties.displayName;
    base.required = base.required.filter((name: string) => name !== 'displayName');
  },
  'a newly required parameter (count)': (c) => {
    c.components.parameters.count.required = true;
    delete c.components.parameters.count.allowEmptyValue;
  },
  'a narrowed type (filterValue from any string to two values)': (c) => {
    c.components.parameters.filterValue.schema = { type: 'string', enum: ['a', 'b'] };
  },
};

export const NON_BREAKING: Record<string, Change> = {
  'an added optional parameter (nickname of filter)': (c) => {
    c.components.parameters.nickname = { name: 'nickname', in: 'query', required: false, description: 'Only contacts with this nickname.', schema: { type: 'string' } };
    c.paths[FILTER].get.parameters.push({ $ref: '#/components/parameters/nickname' });
  },
  'an added response property (nickname of every contact)': (c) => {
    c.components.schemas.ContactBase.properties.nickname = { type: 'string', description: 'The nickname.' };
  },
};

export const DESCRIPTION_ONLY: Change = (c) => {
  c.components.parameters.count.description = 'How many contacts to return, at most 1000.';
};

export function variant(change?: Change): OpenApiDocument {
  const copy = structuredClone(loadContract());
  change?.(copy);
  return copy;
}
