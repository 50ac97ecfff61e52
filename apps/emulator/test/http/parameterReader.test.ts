// The contract-driven parameter reader on its own: the lenient paging rules and ASP.NET's joining of
// a repeated scalar, checked on values rather than through a dataset too small to show them.
import { derefSchema, loadContract } from '@crm-contacts/contract';
import { describe, expect, it } from 'vitest';
import { BadParameterError } from '../../src/http/errors.js';
import { readOperations } from '../../src/http/operations.js';
import { DEFAULTED_PARAMETERS, ParameterReader } from '../../src/http/parameterReader.js';

const document = loadContract();
const operations = readOperations(document);
const filter = operations.find((o) => o.operationId === 'filterContacts')!;
const byInfo = operations.find((o) => o.operationId === 'getContactsByContactInfo')!;
const reader = new ParameterReader(filter.parameters);
const read = (...pairs: [string, string][]) => reader.read(pairs);

describe('ParameterReader', () => {
  it('caps count at the contract maximum and falls back to the default otherwise', () => {
    expect(read(['count', '5000']).count).toBe(1000);
    expect(read(['count', '-3']).count).toBe(1000);
    expect(read(['count', '0']).count).toBe(1000);
    expect(read(['count', 'lots']).count).toBe(1000);
    expect(read(['count', '25']).count).toBe(25);
    expect(read().count).toBe(1000);
  });

  it('turns a negative or non-numeric startIndex into the default 0', () => {
    expect(read(['startIndex', '-5']).startIndex).toBe(0);
    expect(read(['startIndex', 'x']).startIndex).toBe(0);
    expect(read(['startIndex', '40']).startIndex).toBe(40);
  });

  it('joins a scalar given twice with a comma, as ASP.NET does, so count=1&count=2 falls back', () => {
    expect(read(['count', '1'], ['count', '2']).count).toBe(1000);
    expect(read(['filterValue', 'ann'], ['filterValue', 'lee']).filterValue).toBe('ann,lee');
    expect(() => read(['isShared', 'true'], ['isShared', 'false'])).toThrow(BadParameterError);
  });

  it('keeps a sortBy that is no ContactSortBy as a member name (memory mode), and names a bad strict parameter', () => {
    expect(read(['sortBy', 'shoe']).sortBy).toBe('shoe');
    expect(read(['sortBy', 'ISCOMPANY']).sortBy).toBe('isCompany');
    expect(read(['sortby', 'lastname']).sortBy).toBe('LastName');
    expect(() => read(['contactStage', 'x'])).toThrow("'contactStage'");
  });

  it('gives enum names the contract pairs with numbers as their numbers, in any case; numbers and other text as they came', () => {
    expect(read(['contactListView', 'company']).contactListView).toBe(1);
    expect(read(['contactListView', 'WithOpportunity']).contactListView).toBe(3);
    expect(read(['contactListView', '7']).contactListView).toBe(7);
    expect(read(['filterOp', 'STARTSWITH']).filterOp).toBe(3);
    expect(read(['filterOp', 'sortof']).filterOp).toBe('sortof');
    expect(new ParameterReader(byInfo.parameters).read([['infoType', 'email']]).infoType).toBe(1);
    expect(read(['sortBy', 'displayname']).sortBy).toBe('DisplayName');
  });

  it('the parameters typed as always present are those the contract gives a default', () => {
    const defaulted = operations.flatMap((o) => o.parameters).filter((p) => derefSchema(document, p.schema).default !== undefined).map((p) => p.name);
    expect(new Set(defaulted)).toEqual(new Set(DEFAULTED_PARAMETERS));
  });
});
