// The house rules live in tools/repo-checks (src/eslint/); each package's `lint` runs `eslint .` against them.
export { default } from './tools/repo-checks/src/eslint/houseConfig.js';
