// Helpers for tests that run the emulator: a scenario per test, the request journal and fault rules, through
// the control API's client typed by its document. (The throwaway PostgreSQL cluster of the repository's own
// tests is the private @crm-contacts/throwaway-postgres: it needs Debian's PostgreSQL binaries.)
export { createScenario, withScenario, type Scenario } from './withScenario.js';
export { clearJournal, journal, type JournalEntry, type JournalQuery } from './journal.js';
export { addFaultRule, deleteFaultRule, type FaultRule, type FaultRuleRequest } from './faults.js';
export { SCENARIO_HEADER, SCENARIO_PATH_PREFIX } from './generated/scenarioSelection.js';
export type { components as ControlApiComponents, operations as ControlApiOperations, paths as ControlApiPaths } from './generated/controlApi.js';
