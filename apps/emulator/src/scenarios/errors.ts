// What the control API and the scenario header answer when a name is wrong (the error envelope's 400 and 404).
import { controlDocument } from '../http/controlContract.js';
import { ApiError, errorOf } from '../http/errors.js';

let namePattern: RegExp | undefined;
/** The control API document's pattern for a scenario name (its `name` path parameter): nothing that could be read as a path. */
export function scenarioNamePattern(): RegExp {
  namePattern ??= new RegExp(controlDocument().components.parameters.name.schema.pattern);
  return namePattern;
}

export class BadScenarioNameError extends ApiError {
  constructor(name: string) {
    super(...errorOf('BadParameter', `Not a scenario name: ${JSON.stringify(name)} (a name matches ${scenarioNamePattern().source})`));
  }
}

export class UnknownScenarioError extends ApiError {
  constructor(readonly scenario: string) {
    super(...errorOf('NotFound', `No scenario named ${JSON.stringify(scenario)} is loaded (PUT /__emulator/scenarios/{name} loads one)`));
  }
}

export function checkScenarioName(name: string): void {
  if (!scenarioNamePattern().test(name)) throw new BadScenarioNameError(name);
}
