// Fault rules for tests: "the next two filter calls of my scenario answer 503", deleted when done.
import type { FaultRule, FaultRuleRequest } from '../faults/faultRules.js';
import { control } from './control.js';

export type { FaultRule, FaultRuleRequest };

/** Adds a rule; returns it with its id. */
export async function addFaultRule(baseUrl: string, adminToken: string, rule: FaultRuleRequest): Promise<FaultRule> {
  return (await (await control(baseUrl, adminToken, 'POST', '/faults', rule)).json()) as FaultRule;
}

export async function deleteFaultRule(baseUrl: string, adminToken: string, id: string): Promise<void> {
  await control(baseUrl, adminToken, 'DELETE', `/faults/${encodeURIComponent(id)}`);
}
