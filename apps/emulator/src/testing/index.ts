// Helpers for tests and benchmarks that run the emulator: a throwaway PostgreSQL cluster, a scenario per
// test, the request journal and fault rules.
export { createDatabase, findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from './throwawayPostgres.js';
export { createScenario, withScenario, type Scenario } from './withScenario.js';
export { clearJournal, journal, type JournalEntry, type JournalQuery } from './journal.js';
export { addFaultRule, deleteFaultRule, type FaultRule, type FaultRuleRequest } from './faults.js';
