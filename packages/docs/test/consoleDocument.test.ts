// The console's copy of the contract: optional parameters' examples shown but unticked, nothing else changed.
import { loadContract } from '@crm-contacts/contract';
import { describe, expect, it } from 'vitest';
import { consoleDocument } from '../src/consoleDocument.js';

const contract = loadContract();
const optionalWithExample = Object.entries(contract.components.parameters).filter(([, p]) => !p.required && 'example' in p);

describe('consoleDocument', () => {
  it('has optional parameters with examples to untick (else this test proves nothing)', () => {
    expect(optionalWithExample.map(([name]) => name)).toEqual(expect.arrayContaining(['fromDate', 'responsibleid']));
  });

  it("turns each optional parameter's example into a named example marked x-disabled, with the same value", () => {
    const document = consoleDocument(contract);
    for (const [name, parameter] of optionalWithExample) {
      const copy = document.components.parameters[name];
      expect(copy.example).toBeUndefined();
      expect(copy.examples).toEqual({ example: expect.objectContaining({ value: parameter.example, 'x-disabled': true }) });
    }
  });

  it('keeps the examples of required parameters, which the console must send', () => {
    const document = consoleDocument(contract);
    for (const [name, parameter] of Object.entries(contract.components.parameters).filter(([, p]) => p.required)) {
      expect(document.components.parameters[name]).toEqual(parameter);
    }
  });

  it('changes nothing else, and leaves the loaded contract as it was', () => {
    const before = structuredClone(contract);
    const document = consoleDocument(contract);
    expect(contract).toEqual(before);
    expect({ ...document, components: { ...document.components, parameters: {} } }).toEqual({ ...contract, components: { ...contract.components, parameters: {} } });
  });
});
