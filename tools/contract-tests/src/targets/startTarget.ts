// One function per kind of target, so every tool runs the same way against the emulator, the mock or a
// live portal.
import { hasCrmAccess, startEmulator } from '@crm-contacts/emulator';
import { startMock } from '@crm-contacts/mock';
import type { Target, TargetKind } from '@crm-contacts/contract-test';

export const EMULATOR_ADMIN_TOKEN = 'crm-admin-token';

export async function startEmulatorTarget(contacts = 500): Promise<Target> {
  const options = { port: 0, host: '127.0.0.1', seed: 1, adminToken: EMULATOR_ADMIN_TOKEN, logLevel: 'error' } as const;
  const emulator = await startEmulator({ ...options, contacts });
  // The only way to see the emulator's 500 envelope: its fault injection, on every call.
  const faulty = await startEmulator({ ...options, contacts: 1, errorRate: 1 }).catch(async (error: unknown) => {
    await emulator.close();
    throw error;
  });
  const admin = emulator.users.find((u) => u.isAdmin)!;
  return {
    name: 'emulator',
    kind: 'emulator',
    baseUrl: emulator.url,
    faultyBaseUrl: faulty.url,
    credentials: { token: admin.token, userName: admin.userName, password: admin.password },
    users: emulator.users.map((u) => ({ id: u.id, userName: u.userName, password: u.password, token: u.token, isAdmin: u.isAdmin, crmAccess: hasCrmAccess(u) })),
    close: async () => {
      await Promise.all([emulator.close(), faulty.close()]);
    },
  };
}

export async function startMockTarget(): Promise<Target> {
  const mock = await startMock({ port: 0, host: '127.0.0.1' });
  return {
    name: 'mock',
    kind: 'mock',
    baseUrl: mock.url,
    // Prism accepts any value for the apiKey and Basic schemes and any credentials on sign-in.
    credentials: { token: 'mock-token', userName: 'mock@example.com', password: 'mock-password' },
    users: [],
    close: () => mock.close(),
  };
}

/** A running server (a live portal unless CRM_TARGET_KIND says otherwise) from CRM_BASE_URL and CRM_TOKEN or CRM_USER/CRM_PASSWORD; undefined when not configured. */
export function liveTargetFromEnv(env: NodeJS.ProcessEnv = process.env): Target | undefined {
  const baseUrl = env.CRM_BASE_URL?.replace(/\/+$/, '');
  const credentials = { token: env.CRM_TOKEN || undefined, userName: env.CRM_USER || undefined, password: env.CRM_PASSWORD || undefined };
  if (!baseUrl || !(credentials.token || (credentials.userName && credentials.password))) return undefined;
  // CRM_TARGET_KIND=emulator runs the full plan against an emulator started elsewhere (`pnpm start`).
  const kind = env.CRM_TARGET_KIND === 'emulator' || env.CRM_TARGET_KIND === 'mock' ? env.CRM_TARGET_KIND : 'live';
  return { name: `${kind} ${new URL(baseUrl).host}`, kind, baseUrl, credentials, users: [], close: async () => {} };
}

export const LIVE_SKIPPED_LINE = 'live: skipped (set CRM_BASE_URL and CRM_TOKEN, or CRM_USER and CRM_PASSWORD, to run the read-only suite against a portal)';

export function startTarget(kind: Exclude<TargetKind, 'live'>): Promise<Target> {
  return kind === 'emulator' ? startEmulatorTarget() : startMockTarget();
}
