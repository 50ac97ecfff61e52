// The operations the page must list, read from the bundled contract (its one walk, contractOperations).
import { contractOperations, type ContractOperation } from '@crm-contacts/contract';

export { contractOperations, type ContractOperation };

export function operation(operationId: string): ContractOperation {
  const found = contractOperations().find((o) => o.operationId === operationId);
  if (!found) throw new Error(`the contract has no operation ${operationId}`);
  return found;
}

export const contractTags = (): string[] => [...new Set(contractOperations().flatMap((o) => o.tags))];
