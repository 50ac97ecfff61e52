// The contract as the page's console reads it. Scalar sends every parameter that has an example, so
// the contract's examples of optional filters (a 2008 date, a docs user's guid) would narrow the first
// request to nothing. Here they become named examples marked `x-disabled`: shown, but unticked.
import { contractOperations, type OpenApiDocument } from '@crm-contacts/contract';

type Parameter = { required?: boolean; example?: unknown; examples?: Record<string, unknown>; $ref?: string };

function untickExample(parameter: Parameter): Parameter {
  if (parameter.$ref || parameter.required || !('example' in parameter)) return parameter;
  const { example, ...rest } = parameter;
  return { ...rest, examples: { example: { summary: 'the contract’s example', value: example, 'x-disabled': true } } };
}

export function consoleDocument(contract: OpenApiDocument): OpenApiDocument {
  const document = structuredClone(contract);
  const parameters = document.components.parameters;
  for (const name of Object.keys(parameters)) parameters[name] = untickExample(parameters[name]);
  for (const { operation } of contractOperations(document)) {
    if (Array.isArray(operation.parameters)) operation.parameters = operation.parameters.map(untickExample);
  }
  return document;
}
