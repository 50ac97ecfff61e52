// Where `crm login` keeps tokens: $XDG_CONFIG_HOME/crm-contacts/credentials.json (~/.config/... when
// unset), readable by the user alone (0600, in a 0700 folder), one token per server address.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface StoredLogin {
  userName: string;
  token: string;
  /** When the token expires, as the server said. */
  expires?: string;
}

interface CredentialsFile {
  /** The server of the latest `crm login`: used when no --base-url or CRM_BASE_URL is given. */
  current?: string;
  servers: Record<string, StoredLogin>;
}

export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const configHome = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(configHome, 'crm-contacts', 'credentials.json');
}

/** A server address as a key: no trailing slash. */
export const serverKey = (baseUrl: string) => baseUrl.replace(/\/+$/, '');

export class CredentialStore {
  constructor(readonly path = credentialsPath()) {}

  private read(): CredentialsFile {
    if (!existsSync(this.path)) return { servers: {} };
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<CredentialsFile>;
      return { current: parsed.current, servers: parsed.servers ?? {} };
    } catch (error) {
      throw new Error(`cannot read ${this.path} (${(error as Error).message}): remove it and sign in again`);
    }
  }

  private write(file: CredentialsFile): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    // written beside and renamed, so a crash never leaves half a file; created 0600, never readable by others
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, this.path);
  }

  currentServer(): string | undefined {
    return this.read().current;
  }

  login(baseUrl: string): StoredLogin | undefined {
    return this.read().servers[serverKey(baseUrl)];
  }

  save(baseUrl: string, login: StoredLogin): void {
    const file = this.read();
    file.servers[serverKey(baseUrl)] = login;
    file.current = serverKey(baseUrl);
    this.write(file);
  }

  /** Forgets the token for this server; true when there was one. */
  forget(baseUrl: string): boolean {
    const file = this.read();
    const key = serverKey(baseUrl);
    if (!file.servers[key]) return false;
    delete file.servers[key];
    if (file.current === key) delete file.current;
    if (Object.keys(file.servers).length === 0) rmSync(this.path, { force: true });
    else this.write(file);
    return true;
  }
}
