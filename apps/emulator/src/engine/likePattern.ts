/**
 * `bycontactinfo`'s data as the real server uses it: lower-cased into `LIKE '%value%'` without escaping,
 * so `%` stands for any run of characters and `_` for any one character. Everything else is literal.
 */
export interface LikePattern {
  /** The runs of the pattern with no wildcard, longest first: every match contains each. */
  literals: string[];
  /** The longest of them ('' when the pattern is all wildcards). */
  literal: string;
  /** The texts containing `literal` are exactly the matches (no `_`, `%` only at the ends), so no text needs `test`. */
  plain: boolean;
  /** Whether a text contains the pattern. */
  test(text: string): boolean;
}

export function likePattern(value: string): LikePattern {
  const pattern = value.toLowerCase();
  const literals = pattern.split(/[%_]/).filter((run) => run.length > 0).sort((a, b) => b.length - a.length);
  const literal = literals[0] ?? '';
  // LIKE '%x%' already allows anything around x: % at either end changes nothing
  const plain = pattern.replace(/^%+|%+$/g, '') === literal;
  if (literal === pattern) return { literals, literal, plain, test: (text) => text.includes(pattern) };
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  // `s`: % and _ match line breaks too (address parts are joined by them); `u`: _ is one code point
  const regex = new RegExp(source, 'su');
  return { literals, literal, plain, test: (text) => regex.test(text) };
}
