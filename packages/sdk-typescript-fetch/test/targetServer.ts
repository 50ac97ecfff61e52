// The server the smoke test talks to: the emulator, with 200 generated contacts and a fixed admin token.
// The Prism mock (`startMock` from '@crm-contacts/mock', which returns { url, close }; any token) can
// take its place in this one line when the emulator cannot run.
import { startEmulator } from '@crm-contacts/emulator';

export interface TargetServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const ADMIN_TOKEN = 'x';

// The target server, chosen here (one line).
export const startTargetServer = async (): Promise<TargetServer> => ({ ...(await startEmulator({ port: 0, contacts: 200, seed: 1, adminToken: ADMIN_TOKEN })), token: ADMIN_TOKEN });
