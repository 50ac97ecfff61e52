// Fault rules for tests: "the next two filter calls of my scenario answer 503", deleted when done.
import { answered, controlClient, type ControlSchemas } from './control.js';

export type FaultRule = ControlSchemas['FaultRule'];
export type FaultRuleRequest = ControlSchemas['FaultRuleRequest'];

/** Adds a rule; returns it with its id. */
export async function addFaultRule(baseUrl: string, adminToken: string, rule: FaultRuleRequest): Promise<FaultRule> {
  return answered(controlClient(baseUrl, adminToken).POST('/__emulator/faults', { body: rule }));
}

export async function deleteFaultRule(baseUrl: string, adminToken: string, id: string): Promise<void> {
  await answered(controlClient(baseUrl, adminToken).DELETE('/__emulator/faults/{id}', { params: { path: { id } } }));
}
