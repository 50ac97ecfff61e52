// `crm login` exchanges a user name and password for a token (POST api/2.0/authentication) and stores
// it (credentialStore.ts) or prints it; `crm logout` forgets it.
import { createCrmClient } from '@crm-contacts/client';
import type { Command } from 'commander';
import type { CliStreams } from '../cliStreams.js';
import { resolveBaseUrl, type ConnectionOptions } from '../connection.js';
import { CredentialStore } from '../credentialStore.js';
import { describeFailure } from '../describeFailure.js';
import { readPassword } from '../readPassword.js';

interface LoginOptions { user: string; passwordStdin?: boolean; print?: boolean }

const EXAMPLES = `
Examples:
  crm --base-url http://127.0.0.1:8080 login --user admin          # asks for the password, stores the token
  CRM_PASSWORD=secret crm --base-url http://127.0.0.1:8080 login --user admin
  export CRM_TOKEN=$(crm --base-url http://127.0.0.1:8080 login --user admin --print)`;

export function addLoginCommands(program: Command, streams: CliStreams): void {
  program
    .command('login')
    .description(`sign in: exchange a user's name and password for a token, stored for later commands`)
    .requiredOption('--user <name>', "the portal user's name (or e-mail)")
    .option('--password-stdin', 'read the password from the first line of stdin (else CRM_PASSWORD, else a prompt)')
    .option('--print', 'print the token instead of storing it')
    .addHelpText('after', EXAMPLES)
    .action(async (options: LoginOptions, command: Command) => {
      const store = new CredentialStore();
      const baseUrl = resolveBaseUrl(command.optsWithGlobals<ConnectionOptions>(), store);
      const password = await readPassword(options.user, { env: process.env, fromStdin: Boolean(options.passwordStdin), streams });
      let token;
      try {
        token = await createCrmClient({ baseUrl }).authenticate({ userName: options.user, password });
      } catch (error) {
        throw describeFailure(error, baseUrl);
      }
      if (options.print) {
        streams.stdout.write(`${token.token}\n`);
        return;
      }
      store.save(baseUrl, { userName: options.user, token: token.token, expires: token.expires });
      streams.stderr.write(`signed in to ${baseUrl} as ${options.user}; token stored in ${store.path}${token.expires ? ` (expires ${token.expires})` : ''}\n`);
    });

  program
    .command('logout')
    .description('forget the stored token for the server')
    .action((_options: object, command: Command) => {
      const store = new CredentialStore();
      const baseUrl = resolveBaseUrl(command.optsWithGlobals<ConnectionOptions>(), store);
      streams.stderr.write(store.forget(baseUrl) ? `forgot the token for ${baseUrl}\n` : `no token was stored for ${baseUrl}\n`);
    });
}
