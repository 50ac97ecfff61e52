#!/usr/bin/env node
// `crm-contract-bundle <root.yaml> <out.json>`: one JSON file from a split document (bundleDocument.ts).
import { bundleDocument } from '../bundleDocument.js';
import { runBin } from './runBin.js';

runBin('crm-contract-bundle <root.yaml> <out.json>', ([rootFile, outFile]) => {
  const document = bundleDocument(rootFile, outFile);
  console.log(`bundled ${Object.keys(document.paths ?? {}).length} paths into ${outFile}`);
});
