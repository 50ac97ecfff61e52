// Which packages the consumer test covers: every workspace package without "private": true, found anew on
// each run, so a new public package (the CLI) is packed and checked without editing a list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { publicPackages, SDK_PACKAGES } from '../src/workspacePackages.js';

const own = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

it('covers at least the five packages other teams use', () => {
  expect(publicPackages().map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['@crm-contacts/client', '@crm-contacts/contract', '@crm-contacts/emulator', '@crm-contacts/mock', '@crm-contacts/types']));
});

it('depends on every package it packs, so turbo builds each one before this test', () => {
  const missing = [...publicPackages().map((pkg) => pkg.name), ...Object.values(SDK_PACKAGES)].filter((name) => own.devDependencies[name] !== 'workspace:*');
  expect(missing.map((name) => `add "${name}": "workspace:*" to tools/consumer-test/package.json devDependencies`)).toEqual([]);
});
