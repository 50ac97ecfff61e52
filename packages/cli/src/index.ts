// @crm-contacts/cli as a library: run crm in-process (tests, scripts).
export { runCli, buildProgram } from './program.js';
export type { CliStreams } from './cliStreams.js';
export { ExitCode, CliError } from './exitCodes.js';
export { credentialsPath, CredentialStore } from './credentialStore.js';
