// The tokens of the emulator's three kinds of user, read from its start-up banner: the administrator's (the
// bench's own, given by CRM_ADMIN_TOKEN), a manager's and a plain user's.
export function bannerTokens(banner: string, adminToken: string): string[] {
  const token = (userName: string) => new RegExp(`\\s${userName} / \\S+ / (\\S+)`).exec(banner)?.[1];
  const tokens = [adminToken, token('manager1'), token('user1')].filter((t): t is string => !!t);
  if (tokens.length < 3) throw new Error(`bench: the banner does not list manager1 and user1:\n${banner}`);
  return tokens;
}
