// Helpers for tests and benchmarks that run the emulator: a throwaway PostgreSQL cluster.
export { createDatabase, findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from './throwawayPostgres.js';
