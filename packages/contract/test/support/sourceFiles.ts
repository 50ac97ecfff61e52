// The hand-written sources the repository checks scan: every .ts file under an apps/, packages/ or
// tools/ package's src/, but this package's and generated code.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const repositoryRoot = join(import.meta.dirname, '../../../..');

/** Paths relative to the repository root. */
export function sourceFiles(): string[] {
  const files: string[] = [];
  for (const group of ['apps', 'packages', 'tools']) {
    for (const name of readdirSync(join(repositoryRoot, group))) {
      const src = join(repositoryRoot, group, name, 'src');
      if (`${group}/${name}` === 'packages/contract' || !existsSync(src)) continue;
      for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
        if (file.endsWith('.ts') && !file.split('/').includes('generated')) files.push(`${group}/${name}/src/${file}`);
      }
    }
  }
  return files;
}
