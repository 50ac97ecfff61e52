// The exit codes `crm` documents (README, `crm --help`), and the error that carries one.

export const ExitCode = {
  /** Done. */
  Ok: 0,
  /** A failure of crm itself (a bug): the message says what. */
  Failure: 1,
  /** The command line is wrong: an unknown command, flag or value, a missing one. */
  Usage: 2,
  /** No token, or the server refused the token or the credentials (401). */
  NotSignedIn: 3,
  /** The user has no access to the CRM module (403). */
  Forbidden: 4,
  /** The server refused a parameter (400); its message says which. */
  BadRequest: 5,
  /** The server could not be reached. */
  Unreachable: 6,
  /** The server answered something else: 404, 5xx, or an answer the contract does not describe. */
  UnexpectedAnswer: 7,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error whose message is the one line crm prints, and the code it exits with. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: ExitCode) {
    super(message);
  }
}

export const EXIT_CODES_HELP = `Exit codes:
  0  done
  1  a failure of crm itself
  2  a wrong command line: unknown command, flag or value, a missing one
  3  no token, or the server refused the token or credentials (401)
  4  no access to the CRM module (403)
  5  the server refused a parameter (400)
  6  the server could not be reached
  7  any other answer (404, 5xx, an answer outside the contract)`;
