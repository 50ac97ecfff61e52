// @ts-check
// One helper per concern: the modules only their owning package may import, and the hand-written walks
// (JSON pointers, `$ref`s, the document's paths) that only the contract's helpers may do.

/**
 * @typedef {{ modules: string[], owners: string[], message: string, allowTypeImports?: boolean }} Helper
 * `owners`: package folders whose src/ may import the modules.
 */

/** @type {Helper[]} */
export const HELPERS = [
  {
    modules: ['ajv', 'ajv/dist/2020', 'ajv/dist/2020.js', 'ajv-formats'],
    owners: ['packages/contract'],
    message: "validate against the contract through @crm-contacts/contract/validator (its one Ajv set-up); a type import is fine",
    allowTypeImports: true,
  },
  {
    modules: ['yaml'],
    owners: ['packages/contract', 'tools/contract-build', 'tools/release', 'tools/repo-checks'],
    message: 'read the contract through @crm-contacts/contract (loadContract), not by parsing YAML',
  },
  {
    modules: ['node:child_process', 'child_process'],
    owners: ['tools/processes'],
    message: 'start processes through @crm-contacts/processes (run, startServer, ensureGoTool)',
  },
];

/**
 * Files that break a rule today, each to be fixed by the slice of issue 18 that owns it; the lead deletes a
 * line when its fix merges. `rule`: the helper's first module, or 'pointer walk' / 'paths walk'.
 * @type {Record<string, { rules: string[], why: string }>}
 */
export const KNOWN_DEBT = {
  'tools/contract-build/src/bundleDocument.ts': { rules: ['node:child_process'], why: 'build-time Redocly run, synchronous inside the build; not yet on @crm-contacts/processes' },
  'tools/contract-build/src/lintContract.ts': { rules: ['node:child_process'], why: 'build-time Spectral run, synchronous; not yet on @crm-contacts/processes' },
  'tools/contract-build/src/buildContract.ts': { rules: ['paths walk'], why: "counts the bundle's paths for the build's one log line; the bundler builds @crm-contacts/contract and cannot use its helpers: kept" },
  'tools/contract-build/src/suffixForms.ts': { rules: ['pointer walk'], why: "the bundler builds @crm-contacts/contract, so it cannot import its resolveRef; it reads only a bundle's local #/components/responses/<Name> and refuses any other reference: kept" },
  'tools/openapi-generator/src/openapiGenerator.mjs': { rules: ['node:child_process'], why: 'the generator jar, Maven and the Java check, synchronous in the SDKs\' generate; not yet on @crm-contacts/processes' },
  'tools/openapi-generator/src/whenGenerated.mjs': { rules: ['node:child_process'], why: 'a bin that runs the given command in its place; not yet on @crm-contacts/processes' },
  'tools/bench/src/measureAll.mjs': { rules: ['node:child_process'], why: 'GNU time around the measured process; not yet on @crm-contacts/processes' },
  'tools/throwaway-postgres/src/throwawayPostgres.ts': { rules: ['node:child_process'], why: 'initdb/pg_ctl, synchronously in set-up' },
  'tools/release/src/releaseVersion.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/release/src/oasdiff.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/consumer-test/src/packTarball.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/consumer-test/src/workspacePackages.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/consumer-test/src/lintTarball.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/container-test/src/imageContext.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/contract-tests/src/schemathesis/ensureSchemathesis.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/bench/src/processes.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/bench/src/holdUp.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'tools/bench/src/load.ts': { rules: ['node:child_process'], why: 'not yet on @crm-contacts/processes' },
  'packages/client/src/xml/readXmlAnswer.ts': { rules: ['pointer walk'], why: "the browser client names a schema of @crm-contacts/types' generated reader schemas (no Node import there): kept" },
};

const POINTER_WALK_MESSAGE = 'walk JSON pointers and $refs through @crm-contacts/contract (resolveRef, valueAt, pointerOf, refName)';
const PATHS_WALK_MESSAGE = "walk the contract's operations through @crm-contacts/contract, not over document.paths by hand";
// esquery's regexes cannot hold a `/`, even escaped: \x2F is one
const CONTRACT_REFERENCE = '/^#\\x2F(components|paths)\\x2F/';

/** no-restricted-syntax entries for hand-written pointer and `$ref` walks (escapes, splits, references built by hand). */
export const POINTER_WALK_SELECTORS = [
  { selector: 'Literal[value=/~[01]/]', message: POINTER_WALK_MESSAGE },
  { selector: 'TemplateElement[value.cooked=/~[01]/]', message: POINTER_WALK_MESSAGE },
  { selector: `Literal[value=${CONTRACT_REFERENCE}]`, message: POINTER_WALK_MESSAGE },
  { selector: `TemplateElement[value.cooked=${CONTRACT_REFERENCE}]`, message: POINTER_WALK_MESSAGE },
  { selector: "CallExpression[callee.property.name='split'][callee.object.property.name='$ref']", message: POINTER_WALK_MESSAGE },
  { selector: "CallExpression[callee.property.name=/^(pop|reduce)$/][callee.object.callee.property.name='split'][callee.object.arguments.0.value='/']", message: POINTER_WALK_MESSAGE },
];

/** no-restricted-syntax entries for walks over `document.paths` (Object.entries/keys/values of it, for...in it). */
export const PATHS_WALK_SELECTORS = [
  { selector: "CallExpression[callee.object.name='Object'][callee.property.name=/^(entries|keys|values)$/] > MemberExpression.arguments[property.name='paths']", message: PATHS_WALK_MESSAGE },
  { selector: "ForInStatement > MemberExpression.right[property.name='paths']", message: PATHS_WALK_MESSAGE },
];

/** no-restricted-syntax entries for `require('x')` and `import('x')` of a helper's module (no-restricted-imports sees neither). */
export function loadSelectors(/** @type {Helper} */ helper) {
  const names = `/^(${helper.modules.map((name) => name.replace(/\./g, '\\.').replace(/\//g, '\\x2F')).join('|')})$/`;
  const message = `'${helper.modules[0]}' is ${helper.owners.join(' and ')}'s: ${helper.message}`;
  return [
    { selector: `CallExpression[callee.name='require'][arguments.0.value=${names}]`, message },
    { selector: `ImportExpression[source.value=${names}]`, message },
  ];
}

/** @typescript-eslint/no-restricted-imports `paths` entries for a helper. */
export function importPaths(/** @type {Helper} */ helper) {
  return helper.modules.map((name) => ({ name, message: `'${helper.modules[0]}' is ${helper.owners.join(' and ')}'s: ${helper.message}`, allowTypeImports: helper.allowTypeImports ?? false }));
}
