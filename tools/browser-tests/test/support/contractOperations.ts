// The operations the page must list, read from the bundled contract.
import { loadContract } from '@crm-contacts/contract';

export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  tags: string[];
}

export function contractOperations(): ContractOperation[] {
  return Object.entries(loadContract().paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ operationId: operation.operationId, method, path, summary: operation.summary, tags: operation.tags ?? [] })),
  );
}

export function operation(operationId: string): ContractOperation {
  const found = contractOperations().find((o) => o.operationId === operationId);
  if (!found) throw new Error(`the contract has no operation ${operationId}`);
  return found;
}

export const contractTags = (): string[] => [...new Set(contractOperations().flatMap((o) => o.tags))];
