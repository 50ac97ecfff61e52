// The client is a browser package with one entry: no server of its own ships in it (the tests use the
// emulator or the Prism mock), and nothing under src/ imports a Node-only module.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const sources = readdirSync(new URL('../src/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('public surface', () => {
  it('exports only the client entry', () => expect(Object.keys(packageJson.exports)).toEqual(['.']));

  it.each(sources)('src/%s imports no node: module', (file) => {
    expect(readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8')).not.toMatch(/from ['"]node:/);
  });
});
