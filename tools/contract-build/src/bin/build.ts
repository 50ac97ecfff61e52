#!/usr/bin/env node
// `crm-contract-build <root.yaml> <out-dir>`: the 3.1 bundle as JSON and YAML and the 3.0.3 copy (buildContract.ts).
import { buildContract } from '../buildContract.js';
import { runBin } from './runBin.js';

runBin('crm-contract-build <root.yaml> <out-dir>', ([rootFile, outDir]) => {
  console.log(`bundled ${buildContract(rootFile, outDir)} paths into ${outDir}`);
});
