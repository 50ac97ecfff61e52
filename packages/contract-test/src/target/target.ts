// A server the contract tests run against: where it is, what it can do, and whose credentials to use.
export type TargetKind = 'emulator' | 'mock' | 'live';

export interface TargetUser {
  id?: string;
  userName: string;
  password: string;
  token: string;
  isAdmin: boolean;
  /** false: a portal user without the CRM module, whom every CRM call answers 403. */
  crmAccess: boolean;
}

export interface Credentials {
  /** Sent as the whole Authorization header (the ascAuthToken scheme). */
  token?: string;
  userName?: string;
  password?: string;
}

export interface Target {
  name: string;
  kind: TargetKind;
  baseUrl: string;
  /** What 2xx transactions send; the token is obtained first when only a password is known. */
  credentials: Credentials;
  /** A copy of the server that answers every API call with its 500 envelope (the emulator's fault injection). */
  faultyBaseUrl?: string;
  /** Every user of the target, when it says (the emulator does). */
  users: TargetUser[];
  close(): Promise<void>;
}
