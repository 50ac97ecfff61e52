// Helpers for tests and benchmarks that run the emulator: a throwaway PostgreSQL cluster, and a scenario per test.
export { createDatabase, findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from './throwawayPostgres.js';
export { createScenario, withScenario, type Scenario } from './withScenario.js';
