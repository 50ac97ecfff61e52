// Schemathesis is installed from a lock file that pins every package it needs, with hashes, so that a
// seed reproduces a run; a loose or unhashed line fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMATHESIS_VERSION } from '../src/schemathesis/ensureSchemathesis.js';

const text = readFileSync(new URL('../schemathesis/requirements.txt', import.meta.url), 'utf8');
// one requirement per entry: its first line, then its `--hash` continuation lines and `# via` comments
const requirements = text.split(/\n(?=\S)/).map((entry) => entry.trim()).filter((entry) => entry && !entry.startsWith('#'));

describe('the Schemathesis lock file', () => {
  it('pins Schemathesis itself', () => expect(SCHEMATHESIS_VERSION).toMatch(/^\d+\.\d+\.\d+$/));

  it.each(requirements.map((entry) => [entry.split(/\s/)[0], entry]))('pins %s exactly, with a hash', (_, entry) => {
    expect(entry).toMatch(/^[A-Za-z0-9_.-]+==[^\s\\]+ \\/);
    expect(entry).toMatch(/--hash=sha256:[0-9a-f]{64}/);
  });

  it('holds Hypothesis, the dependency that makes a seed reproducible', () => {
    expect(requirements.some((entry) => entry.startsWith('hypothesis=='))).toBe(true);
  });
});
