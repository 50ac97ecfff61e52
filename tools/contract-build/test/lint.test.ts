// The lint must pass on the contract and fail on a deliberately broken copy of it, naming each rule.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContract } from '../src/lintContract.js';

const source = join(import.meta.dirname, '../../../openapi');
const work = mkdtempSync(join(tmpdir(), 'crm-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function edit(file: string, from: string, to: string) {
  const path = join(work, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('spectral lint', () => {
  it('passes on the contract with zero findings', () => {
    const result = lintContract(join(source, 'openapi.yaml'));
    expect(result.output).toContain('No results with a severity');
    expect(result.ok).toBe(true);
  });

  it('fails on a broken copy, naming every broken rule', () => {
    cpSync(source, work, { recursive: true });
    edit('components/schemas/Employee.yaml', '    description: The user\'s job title; omitted when empty.\n', '');
    edit('paths/api_2.0_crm_contact_filter.yaml', 'operationId: filterContacts', 'operationId: filter_contacts');
    edit('components/responses/FilteredContacts.yaml', '  text/xml:\n', '  text/html:\n');
    edit('components/parameters/filterValue.yaml', '  maxLength: 255\n', '');
    edit('components/schemas/ContactListViewName.yaml', 'enum: [All, Company, Person, WithOpportunity]', 'enum: [All, Person, Company, WithOpportunity]');
    edit('components/schemas/ContactInfo.yaml', '        Phone: PhoneCategory\n', '        Phone: PhoneCategory\n        Fax: PhoneCategory\n');
    edit('components/parameters/sortOrder.yaml', 'x-crm-descending: descending', 'x-crm-descending: desc');
    edit('openapi.yaml', '  - name: Authentication\n', '  - name: Zebra\n    description: Out of order.\n  - name: Authentication\n');
    const result = lintContract(join(work, 'openapi.yaml'));
    expect(result.ok).toBe(false);
    for (const rule of ['crm-property-description', 'crm-operation-id-camel-case', 'crm-operation-json-and-xml', 'crm-parameter-limits', 'openapi-tags-alphabetical', 'crm-enum-names-match-numbers', 'crm-category-enum-by-info-type', 'crm-value-matches-prose']) {
      expect(result.output).toContain(rule);
    }
  });
});
