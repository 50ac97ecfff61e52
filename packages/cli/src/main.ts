#!/usr/bin/env node
// `crm`: see `crm --help` and the package README.
import { runCli } from './program.js';

// A reader that stops early (`crm ... | head`) closes the pipe: that is the end of the output, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2));
