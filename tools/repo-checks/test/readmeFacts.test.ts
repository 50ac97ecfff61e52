// Every README states the contract's numbers as the contract does (src/readmeFacts.ts): the header room, and
// the bounds of the query parameters it names. Drifted copies of real README lines fail, naming the number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeDrift } from '../src/readmeFacts.js';
import { repositoryRoot, workspacePackages } from '../src/eslint/workspacePackages.js';

const readmes = ['README.md', ...workspacePackages().map((folder) => `${folder}/README.md`)];

describe('README numbers', () => {
  it('agree with the contract in every README', () => {
    expect(readmes.flatMap((file) => readmeDrift(file, readFileSync(join(repositoryRoot, file), 'utf8')))).toEqual([]);
  });

  it('fail on a header limit that drifted (64 KiB where the contract says 1 MiB)', () => {
    expect(readmeDrift('README.md', '| request line and headers over 64 KiB | IIS refuses | **400** envelope |')).toEqual([
      expect.stringMatching(/^README\.md:1: "64 KiB" on a line about headers, but the contract's header room is 1048576 bytes/),
    ]);
    expect(readmeDrift('README.md', '| request line and headers over 1 MiB | IIS refuses | **400** envelope |')).toEqual([]);
  });

  it("fail on a parameter's bound that drifted", () => {
    expect(readmeDrift('README.md', '| `count` | default 1000, capped at 500 |')).toEqual([expect.stringMatching(/"capped at 500" beside `count`/)]);
    expect(readmeDrift('README.md', '| `count` | default 1000, capped at 1000 |')).toEqual([]);
  });
});
