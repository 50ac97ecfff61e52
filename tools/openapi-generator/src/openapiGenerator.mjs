// Runs openapi-generator through @openapitools/openapi-generator-cli with the version pinned in the root
// openapitools.json. Java 17 is required: without it the step is skipped with a notice, except under
// CI=true, where it fails. The jar is cached in the storageDir (~/.cache/openapi-generator-cli); when the
// wrapper cannot download it, Maven fetches it from Maven Central into the same place.
// The SDKs import it as this package's `./generator`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const openapitoolsJson = resolve(dirname(fileURLToPath(import.meta.url)), '../../../openapitools.json');
const wrapper = join(dirname(createRequire(import.meta.url).resolve('@openapitools/openapi-generator-cli/package.json')), 'main.js');

export const javaAvailable = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/** Says why generation cannot run and exits: 0 (skipped) locally, 1 under CI=true. */
export function requireJavaOrSkip(what) {
  if (javaAvailable()) return;
  const message = `${what}: Java 17 is not installed (no \`java\` on PATH); openapi-generator needs it.`;
  if (process.env.CI === 'true') {
    console.error(`${message} Failing, because CI=true.`);
    process.exit(1);
  }
  console.warn(`SKIPPED ${message} Install a JDK 17 (apt-get install -y openjdk-17-jdk-headless) to generate and test it.`);
  process.exit(0);
}

function pinnedGenerator() {
  const { version, storageDir } = JSON.parse(readFileSync(openapitoolsJson, 'utf8'))['generator-cli'];
  return { version, storageDir: storageDir.replace(/^~(?=\/)/, homedir()) };
}

function ensureJar() {
  const { version, storageDir } = pinnedGenerator();
  const jar = join(storageDir, `${version}.jar`);
  if (existsSync(jar)) return;
  spawnSync(process.execPath, [wrapper, '--openapitools', openapitoolsJson, 'version'], { stdio: 'inherit' });
  if (existsSync(jar)) return;
  console.warn(`the wrapper could not download openapi-generator ${version}; trying Maven`);
  const mvn = spawnSync('mvn', ['-q', 'dependency:copy', `-Dartifact=org.openapitools:openapi-generator-cli:${version}`, `-DoutputDirectory=${storageDir}`], { stdio: 'inherit' });
  if (mvn.status !== 0) throw new Error(`could not fetch openapi-generator-cli ${version} (wrapper and Maven both failed)`);
  renameSync(join(storageDir, `openapi-generator-cli-${version}.jar`), jar);
}

/** Runs `openapi-generator-cli generate` with the given arguments in `cwd`; returns the milliseconds it took. */
export function generate(args, cwd) {
  ensureJar();
  const started = performance.now();
  const run = spawnSync(process.execPath, [wrapper, '--openapitools', openapitoolsJson, 'generate', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    throw new Error(`openapi-generator failed (exit ${run.status})`);
  }
  return Math.round(performance.now() - started);
}
