// The folders the import rules cover: every workspace package's src/ (tests may start an app, and import
// what they test however they need).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot, workspacePackages } from '../eslint/workspacePackages.js';

/** `apps/emulator/src`, ... relative to the repository root. */
export const sourceFolders = (root = repositoryRoot): string[] =>
  workspacePackages(root).map((folder) => `${folder}/src`).filter((src) => existsSync(join(root, src)));
