// The flags map onto the contract's parameters, and what they accept comes from the contract.
import { contractOperations, loadContract } from '@crm-contacts/contract';
import { Command } from 'commander';
import { AddressCategory, ContactInfoBaseCategory, PhoneCategory } from '@crm-contacts/client';
import { describe, expect, it } from 'vitest';
import { addByInfoCommand, BY_INFO_FLAGS, byInfoQuery, categoriesOf } from '../src/commands/byInfoCommand.js';
import { addFilterCommand, FILTER_FLAGS, filterQuery } from '../src/commands/filterCommand.js';
import { integerArgument } from '../src/contractValues.js';
import { processStreams, type CliStreams } from '../src/cliStreams.js';

const parametersOf = (operationId: string): string[] => contractOperations().find((o) => o.operationId === operationId)!.parameters.map((p) => p.name);

describe('flags and the contract', () => {
  it('give every query parameter of filter a flag, and no flag sets anything else', () => {
    expect(Object.values(FILTER_FLAGS).sort()).toEqual(parametersOf('filterContacts').sort());
  });

  it('give every query parameter of bycontactinfo a flag, and no flag sets anything else', () => {
    expect(Object.values(BY_INFO_FLAGS).sort()).toEqual(parametersOf('getContactsByContactInfo').sort());
  });

  it("turn the issue's example command into the contract's query", () => {
    const query = filterQuery({ tag: ['vip', 'emea'], view: 'Company', stage: 2, from: '2024-01-01', to: '2024-06-30', responsible: 'g', shared: true, search: 'acme', sort: 'Created', desc: true, start: 0, count: 25, pageSize: 1000 });
    expect(query).toEqual({ tags: ['vip', 'emea'], contactListView: 'Company', contactStage: 2, fromDate: '2024-01-01', toDate: '2024-06-30', responsibleid: 'g', isShared: true, filterValue: 'acme', sortBy: 'Created', sortOrder: 'descending', startIndex: 0, count: 25 });
    expect(filterQuery({ shared: false, pageSize: 1000 })).toEqual({ isShared: false });
  });

  it("read the category names of each info type from the contract's mapping, equal to the generated enums", () => {
    expect(categoriesOf('Phone')).toEqual(PhoneCategory);
    expect(categoriesOf('Address')).toEqual(AddressCategory);
    expect(categoriesOf('Email')).toEqual(ContactInfoBaseCategory);
    expect(categoriesOf('VK')).toEqual(ContactInfoBaseCategory);
    expect(byInfoQuery({ type: 'Address', category: 'office' })).toEqual({ infoType: 'Address', category: AddressCategory.Office });
    expect(byInfoQuery({ type: 'Phone', category: '3' })).toEqual({ infoType: 'Phone', category: 3 });
  });

  it("say in their help which categories each info type takes and which guid means nobody, as the contract does", () => {
    const help = (add: (c: Command, streams: CliStreams) => Command, flag: string) => add(new Command(), processStreams()).options.find((o) => o.long === flag)!.description;
    expect(help(addByInfoCommand, '--category')).toBe('its category, by name or number: for phone home, work, mobile, fax, direct, other; '
      + 'for address home, postal, office, billing, other, work; for the rest home, work, other');
    expect(help(addFilterCommand, '--responsible')).toBe('managed by this user (00000000-0000-0000-0000-000000000000: by no one)');
  });

  it("take whole-number ranges from the contract's parameter schemas", () => {
    const { maximum } = loadContract().components.parameters.count.schema;
    expect(integerArgument('count')(String(maximum))).toBe(maximum);
    expect(() => integerArgument('count')(String(maximum + 1))).toThrow(`from 1 to ${maximum}`);
    expect(() => integerArgument('startIndex')('1.5')).toThrow('whole number');
  });
});
