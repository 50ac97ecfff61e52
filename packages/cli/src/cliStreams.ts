// Where crm reads and writes: the process's own streams when run as the `crm` bin, others when run in
// process (`runCli(argv, streams)`: tests, scripts).
export interface CliStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const processStreams = (): CliStreams => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
