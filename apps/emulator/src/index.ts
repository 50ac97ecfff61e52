// The emulator as a library: start it in a test or a script.
export { startEmulator, type RunningEmulator, type StartOptions } from './emulator.js';
export { buildServer, type ServerOptions } from './http/server.js';
export { readConfig } from './commandLine.js';
export type { EmulatorConfig } from './config.js';
export { loadData, DEFAULT_SEED, type LoadedData, type LoadOptions, type StoreInfo } from './load/loadData.js';
export { hasCrmAccess, type User } from './data/model.js';
