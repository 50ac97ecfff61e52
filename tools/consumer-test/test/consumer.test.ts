// Issue 11, "a consumer test outside the workspace": every public package packed, checked as published
// (publint, attw), installed with npm into a scratch project and used there as another team would.
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runCommand } from '@crm-contacts/processes';
// The negative control's proxy (a private workspace package's build output: a test tool, not published).
import { startCorruptingProxy } from '@crm-contacts/contract-tests/dist/proxy/corruptingProxy.js';
import { CORRUPTIONS } from '@crm-contacts/contract-tests/dist/proxy/corruptions.js';
import { junitCases } from '@crm-contacts/contract-tests/dist/report/junitCases.js';
import { entryPoints, type EntryPoint } from '../src/entryPoints.js';
import { attwProblems, publintProblems } from '../src/lintTarball.js';
import { manifestProblems } from '../src/manifestCheck.js';
import { packPackage, readTarballFile, type Tarball } from '../src/packTarball.js';
import { run, runToEnd, startServer, type RunningServer } from '../src/processes.js';
import { releaseMetadataProblems, releaseSource } from '../src/releaseMetadata.js';
import { installPythonSdk } from '../src/pythonSdk.js';
import { resolutionProblems, resolveEntries } from '../src/resolutionCheck.js';
import { createScratchProject, installTarballs } from '../src/scratchProject.js';
import { publicPackages, SDK_PACKAGES, workspacePackages, workspaceRoot, type PackageManifest } from '../src/workspacePackages.js';
import { unreachableModules } from '../src/unreachableModules.js';

const CI = process.env.CI === 'true';
const all = workspacePackages();
const published = publicPackages(all); // one `pnpm ls` for both lists
const sdkTypescript = all.find((pkg) => pkg.name === SDK_PACKAGES.typescript)!;
const pythonGenerated = join(all.find((pkg) => pkg.name === SDK_PACKAGES.python)!.dir, 'generated');
const sdkGenerated = existsSync(join(sdkTypescript.dir, 'dist', 'index.js')) && existsSync(join(pythonGenerated, 'pyproject.toml'));
if (!sdkGenerated && CI) throw new Error('the SDKs were not generated (Java 17 missing?), and CI=true: the consumer test cannot use them');
if (!sdkGenerated) console.warn('SKIPPED the SDK consumers: the SDKs were not generated (Java 17 missing)');

const TOKEN = 'consumer-token';
const crmContractTest = (args: string[]) => runCommand('npx', ['--no', '--', 'crm-contract-test', '--rate', '0', '--seed', '1', ...args], { cwd: project, timeoutMs: 120_000 });
const project = createScratchProject();
const tarballs = new Map<string, Tarball>();
const entries: EntryPoint[] = [];
let python: string | undefined;
// The nodenext build is what the run tests execute: compiled once, by whichever test needs it first.
const compiled = new Map<string, Promise<string>>();
const compile = (mode: string) => compiled.get(mode) ?? compiled.set(mode, run(join(project, 'node_modules', '.bin', 'tsc'), ['-p', `tsconfig.${mode}.json`], { cwd: project })).get(mode)!;

const packs = mkdtempSync(join(tmpdir(), 'crm-contacts-packs-'));

beforeAll(async () => {
  for (const pkg of [...published, ...(sdkGenerated ? [sdkTypescript] : [])]) {
    tarballs.set(pkg.name, packPackage(pkg.name, pkg.dir, packs));
    entries.push(...entryPoints(pkg.name, pkg.manifest.exports).filter((entry) => entry.isModule));
  }
  // npm's install and the Python SDK's wheel and venv run side by side.
  [, python] = await Promise.all([
    installTarballs(project, [...tarballs.values()], entries),
    sdkGenerated ? installPythonSdk(pythonGenerated, project) : undefined,
  ]);
}, 600_000);
afterAll(() => {
  for (const dir of [project, packs]) rmSync(dir, { recursive: true, force: true });
});

/** Files read by path rather than imported, by package: why each may look unreached. */
const LOADED_BY_PATH: Record<string, Record<string, string>> = {
  '@crm-contacts/docs': { 'dist/site/': "the static site's own scripts, served from SITE_DIR as files" },
  '@crm-contacts/contract-test': { 'hooks/': 'Dredd loads its hooks file by path' },
};

describe.each(published.map((pkg) => [pkg.name, pkg] as const))('%s, packed', (name, pkg) => {
  it('ships no module its entry points and bins do not reach (no build-time scripts)', () => {
    const byPath = Object.keys(LOADED_BY_PATH[name] ?? {});
    const tarball = tarballs.get(name)!;
    expect(unreachableModules(pkg.manifest, { ...tarball, files: tarball.files.filter((path) => !byPath.some((prefix) => path.startsWith(prefix))) })).toEqual([]);
  });
  it('is complete for publishing: exports with types, files, bin, engines, license, description', () => {
    expect(manifestProblems(pkg.manifest, tarballs.get(name)!)).toEqual([]);
  });
  it('carries the release metadata: the LICENSE, repository with directory, homepage, bugs, keywords, caret ranges', () => {
    const tarball = tarballs.get(name)!;
    const packed = JSON.parse(readTarballFile(tarball, 'package.json')) as PackageManifest;
    expect(releaseMetadataProblems(pkg, packed, tarball, releaseSource(workspaceRoot))).toEqual([]);
  });
  it('publint reports nothing on the tarball', async () => {
    expect(await publintProblems(tarballs.get(name)!)).toEqual([]);
  });
  it('@arethetypeswrong/cli reports nothing on the tarball', () => {
    expect(attwProblems(tarballs.get(name)!, pkg.manifest.exports)).toEqual([]);
  });
  it('is installed from its tarball, not linked from the workspace', () => {
    const installed = join(project, 'node_modules', name);
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version).toBe(pkg.manifest.version);
  });
});

describe('a consumer project outside the workspace (npm install of the tarballs)', () => {
  it('finds the same type declarations for every entry under moduleResolution nodenext and bundler', () => {
    const resolved = resolveEntries(project, entries);
    expect(resolved.length).toBe(entries.length);
    expect(resolutionProblems(resolved)).toEqual([]);
  });

  it.each(['nodenext', 'bundler'])('compiles a strict TypeScript consumer of every entry with moduleResolution %s', async (mode) => {
    await compile(mode);
  }, 120_000);

  describe('against the emulator from `npx crm-emulator`', () => {
    let emulator: RunningServer;
    let expectedIds: number[];
    beforeAll(async () => {
      emulator = await startServer('npx', ['--no', '--', 'crm-emulator', '--port', '0', '--contacts', '200', '--seed', '1', '--admin-token', TOKEN, '--snapshot-dir', 'off'], {
        cwd: project,
        ready: /listening on (http:\/\/\S+)/,
      });
      const raw = await fetch(`${emulator.url}/api/2.0/crm/contact/filter?count=5`, { headers: { Authorization: TOKEN } });
      expectedIds = ((await raw.json()) as { response: { id: number }[] }).response.map((contact) => contact.id);
      expect(expectedIds).toHaveLength(5);
    }, 60_000);
    afterAll(() => emulator?.close());

    it('the compiled consumer lists contacts through @crm-contacts/client', async () => {
      await compile('nodenext');
      const listed = JSON.parse(await run(process.execPath, ['dist/list-contacts.js', emulator.url, TOKEN], { cwd: project }));
      expect(listed.ids).toEqual(expectedIds);
      expect(listed.names.every((name: string) => name.trim().length > 0)).toBe(true);
    }, 120_000);

    it('the compiled consumer runs a test scenario through @crm-contacts/emulator-testing', async () => {
      await compile('nodenext');
      const ran = JSON.parse(await run(process.execPath, ['dist/scenario-contacts.js', emulator.url, TOKEN], { cwd: project }));
      expect(ran).toEqual({ ids: [1, 2], journal: [200], left: 1 });
    }, 120_000);

    it.skipIf(!sdkGenerated)('the typescript-fetch SDK, packed and installed, lists the same contacts', async () => {
      await compile('nodenext');
      const listed = JSON.parse(await run(process.execPath, ['dist/sdk-list-contacts.js', emulator.url, TOKEN], { cwd: project }));
      expect(listed.ids).toEqual(expectedIds);
    }, 120_000);

    it('`npx crm` from its tarball lists the same contacts, as JSON and as NDJSON', async () => {
      const crm = (...args: string[]) => run('npx', ['--no', '--', 'crm', 'contacts', 'filter', '--base-url', emulator.url, '--token', TOKEN, '--count', '5', ...args], { cwd: project });
      const envelope = JSON.parse(await crm('--format', 'json')) as { response: { id: number }[] };
      expect(envelope.response.map((contact) => contact.id)).toEqual(expectedIds);
      const lines = (await crm('--format', 'ndjson')).trim().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as { id: number }).id)).toEqual(expectedIds);
    }, 60_000);

    it('serves the reference page from the installed @crm-contacts/docs, assets included', async () => {
      const page = await fetch(`${emulator.url}/docs/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1], `${emulator.url}/docs/`).href);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) expect([asset, (await fetch(asset)).status]).toEqual([asset, 200]);
    }, 60_000);

    it('`npx crm-contract-test` from its tarball passes every check and writes a JUnit file a parser reads', async () => {
      const report = join(project, 'contract.xml');
      const result = await crmContractTest(['--base-url', emulator.url, '--token', TOKEN, '--report', 'junit', '--out', report]);
      expect(result.exitCode, result.output).toBe(0);
      const { cases, failures } = junitCases(report);
      expect(failures).toBe(0);
      expect(cases.filter((c) => !c.skipped).length).toBeGreaterThan(20);
    }, 120_000);

    // One corruption: that each one fails is the same code's test in tools/contract-tests
    // (verifier/crmContractTest.test.ts); what is new here is the installed command failing as it should.
    it('`npx crm-contract-test` reports a corruption of the corrupting proxy as failing JUnit test cases', async () => {
      const corruption = CORRUPTIONS[0];
      const proxy = await startCorruptingProxy(emulator.url, corruption);
      try {
        const report = join(project, `contract-${corruption}.xml`);
        const result = await crmContractTest(['--base-url', proxy.url, '--token', TOKEN, '--max-requests', '100', '--report', 'junit', '--out', report]);
        expect(result.exitCode, `${corruption}: ${result.output}`).toBe(1);
        const { cases, failures } = junitCases(report);
        expect(failures).toBe(cases.filter((c) => c.failure).length);
        expect(failures).toBeGreaterThan(0);
      } finally {
        await proxy.close();
      }
    }, 120_000);

    it.skipIf(!sdkGenerated)('the Python SDK, installed from its wheel into a fresh venv, lists the same contacts', async () => {
      const listed = JSON.parse(await run(python!, ['python/list_contacts.py', emulator.url, TOKEN], { cwd: project }));
      expect(listed.ids).toEqual(expectedIds);
    });
  });

  // the convention the three commands share, on the installed bins; a server started by mistake would not
  // exit, and the run's timeout (far above its time) would end it with another code
  it.each([['crm-emulator', '@crm-contacts/emulator'], ['crm-mock', '@crm-contacts/mock'], ['crm', '@crm-contacts/cli']])(
    '`npx %s` from its tarball: --version prints the version of %s, --help exits 0, a misspelt flag exits 2 naming it',
    async (bin, name) => {
      const npx = (...args: string[]) => runToEnd('npx', ['--no', '--', bin, ...args], { cwd: project, env: { ...process.env, PORT: '0' }, timeoutMs: 60_000 });
      const { version } = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(await npx('--version')).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
      expect(await npx('--help')).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(new RegExp(`^Usage: ${bin} \\[options\\]`)) });
      const wrong = await npx('--frobnicate');
      expect(wrong.exitCode, wrong.output).toBe(2);
      expect(wrong.output).toContain(`${bin}: unknown option '--frobnicate'`);
    },
    120_000,
  );

  // NODE_ENV=production as a deployed mock has it: Prism 5.16, which npm installs here on Node 24.18+, crashed forking its worker then.
  it('`npx crm-mock` starts the Prism mock, which answers a request with the contract\'s example (NODE_ENV=production)', async () => {
    const mock = await startServer('npx', ['--no', '--', 'crm-mock'], { cwd: project, env: { ...process.env, PORT: '0', NODE_ENV: 'production' }, ready: /mock \(static examples\) on (http:\/\/\S+)/ });
    try {
      const answer = await fetch(`${mock.url}/api/2.0/crm/contact/filter?count=1`, { headers: { Authorization: TOKEN } });
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { status: number; response: unknown[] };
      expect(body.status).toBe(0);
      expect(body.response.length).toBeGreaterThan(0);
    } finally {
      await mock.close();
    }
  }, 60_000);
});
