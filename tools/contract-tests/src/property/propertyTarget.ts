// The property-based tests need a server with data and rules (paging, filters, visibility): the
// emulator. Against the Prism mock, whose answers ignore the query, most of them mean nothing.
import { startEmulatorTarget } from '../targets/startTarget.js';
import type { Target } from '@crm-contacts/contract-test';

// The emulator is a workspace dependency that turbo builds first: failing to start it is a failure
// (under CI always), never a reason to pass the properties as skipped.
export async function startPropertyTarget(): Promise<{ target?: Target; unavailable?: string }> {
  try {
    return { target: await startEmulatorTarget(500) };
  } catch (error) {
    const reason = `the emulator could not start (${(error as Error).message}); build it with pnpm --filter @crm-contacts/emulator build`;
    if (process.env.CI === 'true') throw new Error(reason);
    return { unavailable: reason };
  }
}
