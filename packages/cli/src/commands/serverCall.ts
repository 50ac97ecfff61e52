// Runs a command's requests and writes their answer: the client from the connection options, the
// format from --format or the terminal, every failure turned into crm's one-line message.
import type { Command } from 'commander';
import type { CrmClient } from '@crm-contacts/client';
import type { CliStreams } from '../cliStreams.js';
import { connect, type ConnectionOptions } from '../connection.js';
import { describeFailure } from '../describeFailure.js';
import { defaultFormat, type FormatName } from '../output/formats.js';
import { streamSink, type Sink } from '../output/sink.js';

export interface ServerCall {
  crm: CrmClient;
  format: FormatName;
  out: Sink;
  /** Where messages beside the data go (the `--all` progress line). */
  stderr: CliStreams['stderr'];
}

export async function callServer(command: Command, streams: CliStreams, work: (call: ServerCall) => Promise<void>): Promise<void> {
  const options = command.optsWithGlobals<ConnectionOptions & { format?: FormatName }>();
  const { crm, baseUrl } = connect(options);
  try {
    await work({ crm, format: options.format ?? defaultFormat(streams.stdout), out: streamSink(streams.stdout), stderr: streams.stderr });
  } catch (error) {
    throw describeFailure(error, baseUrl);
  }
}
