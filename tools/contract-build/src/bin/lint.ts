#!/usr/bin/env node
// `crm-contract-lint <root.yaml> [ruleset.yaml]`: Spectral on the bundle, with the repository's
// .spectral.yaml unless another ruleset (one that extends it) is given (lintContract.ts).
import { lintContract } from '../lintContract.js';
import { runBin } from './runBin.js';

runBin('crm-contract-lint <root.yaml> [ruleset.yaml]', ([rootFile, ruleset]) => {
  const { ok, output } = lintContract(rootFile, ruleset);
  console.log(output.trim());
  return ok ? 0 : 1;
});
