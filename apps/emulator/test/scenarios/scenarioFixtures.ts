// Small fixtures documents for the scenario tests: an administrator, a manager, and persons named after their scenario.
export const SCENARIO_ADMIN_TOKEN = 'scenario-admin';

export function scenarioDocument(label: string, persons: number, firstId = 1): Record<string, unknown> {
  return {
    mode: 'replace',
    users: [
      { id: 'bbbbbbbb-0000-4000-a000-000000000001', userName: 'boss', password: 'boss-pw', token: `${label}-boss-token`, displayName: 'Boss', isAdmin: true },
      { id: 'bbbbbbbb-0000-4000-a000-000000000002', userName: 'mia', password: 'mia-pw', token: `${label}-mia-token`, displayName: 'Mia Manager' },
    ],
    persons: Array.from({ length: persons }, (_, i) => ({
      id: firstId + i, firstName: `${label}${i}`, lastName: label, createdBy: 'boss', created: '2024-01-01T10:00:00Z',
      ...(i % 3 === 0 ? { shareType: 0, accessList: ['mia'], tags: ['VIP'] } : {}),
    })),
  };
}
