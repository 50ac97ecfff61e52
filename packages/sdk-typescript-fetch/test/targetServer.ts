// The server the smoke test talks to. Until the emulator lands it is the client package's server of
// the contract's examples.
import { startExampleServer } from '@crm-contacts/client/example-server';

export interface TargetServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

// TODO(emulator): switch to the emulator with this one line (and `import { startEmulator } from '@crm-contacts/emulator'`):
//   export const startTargetServer = async (): Promise<TargetServer> => ({ ...(await startEmulator({ port: 0, contacts: 200, seed: 1, adminToken: 'x' })), token: 'x' });
export const startTargetServer = (): Promise<TargetServer> => startExampleServer();
