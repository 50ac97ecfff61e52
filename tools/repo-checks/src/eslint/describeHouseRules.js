// @ts-check
// `pnpm --filter @crm-contacts/repo-checks house-rules`: what the house rules forbid, with the contract's facts
// they were built from. turbo runs it before every package's lint, so its hash (these files, the contract's
// build) is what re-runs the lints when a rule or a fact changes.
import { HELPERS, KNOWN_DEBT } from './oneHelperEach.js';
import { restatedFacts } from './restatedFacts.js';

console.log('restated facts (no-restricted-syntax, outside packages/contract):');
for (const { value, facts } of restatedFacts()) console.log(`  ${value}: ${facts.join(', ')}`);
console.log('one helper each (@typescript-eslint/no-restricted-imports, require, import()):');
for (const helper of HELPERS) console.log(`  ${helper.modules.join(', ')}: only in ${helper.owners.join(', ')}`);
console.log('known debt (each line goes when its fix merges):');
for (const [file, { rules, why }] of Object.entries(KNOWN_DEBT)) console.log(`  ${file}: ${rules.join(', ')} (${why})`);
