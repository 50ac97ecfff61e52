// Fault rules set at run time through the control API: which CRM requests they match (always within one
// scenario, or the start-up data), and what they do to them, for the next N matches or until deleted.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../http/errors.js';
import type { components } from '../generated/controlApi.js';

/** A rule as it is sent, and as it is kept (with its id and what remains of its `times`): the control API's document. */
export type FaultRuleRequest = components['schemas']['FaultRuleRequest'];
export type FaultRule = components['schemas']['FaultRule'];

/** What a request is matched on. */
export interface FaultTarget {
  scenario: string | null;
  operationId: string;
  /** The operation without its suffix form (`filterContacts` for `filterContactsXml`). */
  family: string;
  path: string;
  query: [string, string][];
}

/** What the matching rules do to one request: wait, then answer a status or drop, or go on. */
export interface FaultOutcome {
  latencyMs: number;
  status?: number;
  drop?: boolean;
}

/** The operations and paths a rule may name: the contract's, so that a misspelt one is refused, not silently idle. */
export interface FaultTargets {
  operationIds: ReadonlySet<string>;
  paths: ReadonlySet<string>;
}

/** Fault rules the control API keeps. */
export const DEFAULT_FAULT_RULES_MAX = 100;

export class FaultRules {
  private rules: FaultRule[] = [];

  constructor(readonly capacity: number, private readonly targets?: FaultTargets) {}

  add(request: FaultRuleRequest): FaultRule {
    if (request.fault.drop && request.fault.status !== undefined) throw ApiError.of('BadParameter', 'body/fault: status and drop exclude each other');
    if (this.targets && request.operationId !== undefined && !this.targets.operationIds.has(request.operationId)) {
      throw ApiError.of('BadParameter', `body/operationId: the contract has no operation ${request.operationId} (${[...this.targets.operationIds].join(', ')})`);
    }
    if (this.targets && request.path !== undefined && !this.targets.paths.has(request.path)) {
      throw ApiError.of('BadParameter', `body/path: the contract has no path ${request.path} (${[...this.targets.paths].join(', ')})`);
    }
    if (this.rules.length >= this.capacity) throw ApiError.of('BadParameter', `body: the emulator holds ${this.capacity} fault rules already, its limit (CRM_FAULT_RULES_MAX); delete some first`);
    const rule: FaultRule = { id: randomUUID(), ...request, ...(request.times === undefined ? {} : { remaining: request.times }) };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** False when no rule has that id. */
  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  /** How many were deleted. */
  clear(): number {
    const deleted = this.rules.length;
    this.rules = [];
    return deleted;
  }

  /** Applies the rules to a request, counting it against each rule it matches; undefined when none does. */
  outcomeFor(target: FaultTarget): FaultOutcome | undefined {
    if (this.rules.length === 0) return undefined;
    let outcome: FaultOutcome | undefined;
    for (const rule of [...this.rules]) {
      if (!matches(rule, target)) continue;
      if (outcome?.status !== undefined || outcome?.drop) break; // the first status or drop wins
      outcome ??= { latencyMs: 0 };
      outcome.latencyMs += rule.fault.latencyMs ?? 0;
      if (rule.fault.status !== undefined) outcome.status = rule.fault.status;
      if (rule.fault.drop) outcome.drop = true;
      if (rule.remaining !== undefined && --rule.remaining === 0) this.remove(rule.id);
    }
    return outcome;
  }
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  if ((rule.scenario ?? null) !== target.scenario) return false; // never another scenario's
  if (rule.operationId !== undefined && rule.operationId !== target.operationId && rule.operationId !== target.family) return false;
  if (rule.path !== undefined && rule.path !== target.path) return false;
  if (rule.query) {
    const { name, value } = rule.query;
    const wanted = name.toLowerCase(); // parameter names in any case, as the server reads them
    if (!target.query.some(([n, v]) => n.toLowerCase() === wanted && (value === undefined || v === value))) return false;
  }
  return true;
}
