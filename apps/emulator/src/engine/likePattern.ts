/**
 * `bycontactinfo`'s data as the real server uses it: lower-cased into `LIKE '%value%'` without escaping,
 * so `%` stands for any run of characters and `_` for any one character. Everything else is literal.
 */
export interface LikePattern {
  /** The longest run of the pattern with no wildcard: every match contains it. */
  literal: string;
  /** Whether a text contains the pattern. */
  test(text: string): boolean;
}

export function likePattern(value: string): LikePattern {
  const pattern = value.toLowerCase();
  const literal = pattern.split(/[%_]/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (literal === pattern) return { literal, test: (text) => text.includes(pattern) };
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  // `s`: % and _ match line breaks too (address parts are joined by them); `u`: _ is one code point
  const regex = new RegExp(source, 'su');
  return { literal, test: (text) => regex.test(text) };
}
