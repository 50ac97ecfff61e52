// Runs a command's requests and writes their answer: the client from the connection options, the
// format from --format or the terminal, every failure turned into crm's one-line message.
import type { Command } from 'commander';
import type { CrmClient } from '@crm-contacts/client';
import { connect, type ConnectionOptions } from '../connection.js';
import { describeFailure } from '../describeFailure.js';
import { defaultFormat, type FormatName } from '../output/formats.js';
import { streamSink, type Sink } from '../output/sink.js';

export interface ServerCall {
  crm: CrmClient;
  format: FormatName;
  out: Sink;
}

export async function callServer(command: Command, work: (call: ServerCall) => Promise<void>): Promise<void> {
  const options = command.optsWithGlobals<ConnectionOptions & { format?: FormatName }>();
  const { crm, baseUrl } = connect(options);
  try {
    await work({ crm, format: options.format ?? defaultFormat(process.stdout), out: streamSink(process.stdout) });
  } catch (error) {
    throw describeFailure(error, baseUrl);
  }
}
