// @crm-contacts/cli as a library: run crm in-process (tests, scripts).
export { runCli, buildProgram } from './program.js';
export type { CliStreams } from './cliStreams.js';
export { ExitCode, CliError } from './exitCodes.js';
export { credentialsPath, CredentialStore } from './credentialStore.js';
// a portal copied into an emulator fixtures document, as `crm import` does (was @crm-contacts/emulator's importPortal)
export { importPortal, type ImportOptions, type ImportedPortal } from './import/importPortal.js';
export type { ImportedFixtures } from './import/importedFixtures.js';
