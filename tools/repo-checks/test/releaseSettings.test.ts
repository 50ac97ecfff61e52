// What the workflows must agree on with the root package.json, where each is written once: the repository
// (the release workflow publishes only from there) and the pnpm version.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repositorySlug, rootManifest, workflowFiles, workspaceRoot } from '../src/workspace.js';

interface Step { uses?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }
interface Workflow { permissions?: Record<string, string>; jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: Step[] }> }

const workflows = new Map(workflowFiles().map((file) => [basename(file), parse(readFileSync(file, 'utf8')) as Workflow]));
const root = rootManifest();

describe('the release workflow', () => {
  const release = workflows.get('release.yml')!;
  const jobs = Object.values(release.jobs);

  it('runs only in the repository named by the root package.json', () => {
    expect(repositorySlug(root)).toBe('crm-contacts/crm-contacts');
    expect(jobs.map((job) => job.if)).toEqual(jobs.map(() => `github.repository == '${repositorySlug(root)}'`));
  });

  it('publishes with changesets and npm provenance (an OIDC token, NPM_CONFIG_PROVENANCE)', () => {
    const steps = jobs.flatMap((job) => job.steps);
    const changesets = steps.find((step) => step.uses?.startsWith('changesets/action@'));
    expect(changesets?.with).toMatchObject({ 'version-script': 'pnpm release:version', 'publish-script': 'pnpm release:publish' });
    expect(changesets?.env?.NPM_CONFIG_PROVENANCE).toBe(true);
    expect(jobs.map((job) => job.permissions?.['id-token'])).toEqual(jobs.map(() => 'write'));
  });
});

describe('every workflow', () => {
  it('reads the repository only, unless a job asks for more', () => {
    expect([...workflows].map(([name, workflow]) => [name, workflow.permissions])).toEqual([...workflows].map(([name]) => [name, { contents: 'read' }]));
  });

  it("installs the pnpm version of the root package.json's devEngines", () => {
    const versions = [...workflows.values()].flatMap((workflow) => Object.values(workflow.jobs)).flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('pnpm/action-setup@')).map((step) => step.with?.version);
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions)).toEqual(new Set([root.devEngines.packageManager.version]));
  });
});

describe('Dependabot', () => {
  it('proposes updates of the npm dependencies (in groups) and of the actions, from the root', () => {
    const { updates } = parse(readFileSync(join(workspaceRoot, '.github', 'dependabot.yml'), 'utf8')) as { updates: { 'package-ecosystem': string; directory: string; groups?: object }[] };
    const byEcosystem = new Map(updates.map((update) => [update['package-ecosystem'], update]));
    expect(byEcosystem.get('npm')).toMatchObject({ directory: '/', groups: expect.any(Object) });
    expect(byEcosystem.get('github-actions')).toMatchObject({ directory: '/' });
  });
});
