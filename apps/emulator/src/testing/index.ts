// Helpers for tests that run the emulator: a scenario per test. (The throwaway PostgreSQL cluster of the
// repository's own tests is the private @crm-contacts/throwaway-postgres: it needs Debian's PostgreSQL binaries.)
export { createScenario, withScenario, type Scenario } from './withScenario.js';
