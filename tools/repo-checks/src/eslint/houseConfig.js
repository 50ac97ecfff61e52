// @ts-check
// The house rules as one ESLint flat config (the root eslint.config.js re-exports it). Each package's `lint`
// runs `eslint .` on its own folder; the rules are built per package from the facts below, so a package's
// owner exemptions and a file's known debt are data here, not comments scattered through the code.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { HELPERS, KNOWN_DEBT, PATHS_WALK_SELECTORS, POINTER_WALK_SELECTORS, importPaths, loadSelectors } from './oneHelperEach.js';
import { restatedFactSelectors, restatedFacts, restatedTextSelectors, restatedTexts } from './restatedFacts.js';
import { workspacePackages } from './workspacePackages.js';

/** The package that states the facts and owns the helpers: the rules about restating and walking do not apply to it. */
const CONTRACT = 'packages/contract';
const CODE = '**/*.{ts,mts,cts,js,mjs,cjs}';

/**
 * The two rules for hand-written code of one package (or one file of it, minus its known debt).
 * @param {string} pkg @param {string[]} debt
 */
function rulesFor(pkg, debt = []) {
  const helpers = HELPERS.filter((helper) => !helper.owners.includes(pkg) && !debt.includes(helper.modules[0]));
  const syntax = [
    ...helpers.flatMap(loadSelectors),
    ...(pkg === CONTRACT ? [] : restatedFactSelectors(restatedFacts())),
    ...(pkg === CONTRACT ? [] : restatedTextSelectors(restatedTexts())),
    ...(pkg === CONTRACT || debt.includes('pointer walk') ? [] : POINTER_WALK_SELECTORS),
    ...(pkg === CONTRACT || debt.includes('paths walk') ? [] : PATHS_WALK_SELECTORS),
  ];
  /** @type {import('eslint').Linter.RulesRecord} */
  const rules = {
    '@typescript-eslint/no-restricted-imports': ['error', { paths: helpers.flatMap(importPaths) }],
    'no-restricted-syntax': ['error', ...syntax],
  };
  return rules;
}

/** Build and measurement scripts may start processes and parse YAML; they still read facts, not restate them. */
const SCRIPTS_MAY_IMPORT = HELPERS.map((helper) => helper.modules[0]);

export default defineConfig(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '**/src/generated/**', '**/test-results/**', '**/.turbo/**', '**/coverage/**', '**/.venv/**'] },
  { files: [CODE], languageOptions: { parser: tseslint.parser }, plugins: { '@typescript-eslint': tseslint.plugin }, linterOptions: { reportUnusedDisableDirectives: 'error' } },
  // tests are not covered: a test may restate a value to check it, and may start a process
  ...workspacePackages().flatMap((pkg) => [
    { files: [`${pkg}/src/${CODE}`], rules: rulesFor(pkg) },
    { files: [`${pkg}/scripts/${CODE}`], rules: rulesFor(pkg, SCRIPTS_MAY_IMPORT) },
  ]),
  ...Object.entries(KNOWN_DEBT).map(([file, { rules }]) => ({ files: [file], rules: rulesFor(file.split('/').slice(0, 2).join('/'), rules) })),
);
