// What the control API and the scenario header answer when a name is wrong (the error envelope's 400 and 404).
import { ApiError, errorOf } from '../http/errors.js';

/** Letters, digits, `.`, `_` and `-`, up to 100: nothing that could be read as a path. */
export const SCENARIO_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export class BadScenarioNameError extends ApiError {
  constructor(name: string) {
    super(...errorOf('BadParameter', `Not a scenario name: ${JSON.stringify(name)} (letters, digits, '.', '_' and '-', at most 100, starting with a letter or digit)`));
  }
}

export class UnknownScenarioError extends ApiError {
  constructor(readonly scenario: string) {
    super(...errorOf('NotFound', `No scenario named ${JSON.stringify(scenario)} is loaded (PUT /__emulator/scenarios/{name} loads one)`));
  }
}

export function checkScenarioName(name: string): void {
  if (!SCENARIO_NAME.test(name)) throw new BadScenarioNameError(name);
}
