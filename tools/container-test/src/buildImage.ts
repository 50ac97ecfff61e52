// The image, built with podman from the packed packages: the base image first (made locally, as nothing can
// be pulled here, and kept in podman's store between runs), then `podman build --pull=never`.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from '@crm-contacts/processes';
import { podmanEnv, podmanOk } from './podman.js';
import { writeImageContext } from './imageContext.js';

/** What the Containerfile's FROM names (its NODE_IMAGE argument's default). */
export const BASE_IMAGE = 'docker.io/library/node:24-bookworm-slim';
export const NODE_MAJOR = '24';
export const IMAGE = 'localhost/crm-contacts:dev';
/** The install stage, tagged so that its third-party layer survives the prune as the next build's cache. */
const INSTALL_STAGE = 'localhost/crm-contacts-install:cache';
/** The label every layer of the Containerfile carries: the prune touches these only. */
const OWN_LAYERS = 'label=org.opencontainers.image.title=crm-contacts';
const BASE_SCRIPT = fileURLToPath(new URL('../scripts/build-base-image.sh', import.meta.url));
/** This machine's CA bundle, for npm inside the build (the registry is reached through a proxy here). */
const HOST_CA = '/etc/ssl/certs/ca-certificates.crt';

export async function ensureBaseImage(): Promise<string> {
  const result = await run('bash', [BASE_SCRIPT, BASE_IMAGE, NODE_MAJOR], { env: podmanEnv(), timeoutMs: 900_000 });
  if (result.exitCode !== 0) throw new Error(`the base image ${BASE_IMAGE} could not be built:\n${result.output}`);
  return result.stdout.trim();
}

export interface BuiltImage {
  image: string;
  baseImage: string;
  /** The base image script's line: built now, or kept from an earlier run. */
  baseNote: string;
  buildMillis: number;
  sizeBytes: number;
}

export async function buildImage(image = IMAGE): Promise<BuiltImage> {
  const baseNote = await ensureBaseImage();
  const context = writeImageContext();
  const started = performance.now();
  try {
    const caMount = existsSync(HOST_CA) ? ['-v', `${HOST_CA}:/run/host-ca.crt:ro`] : [];
    // --format docker: the OCI format has no HEALTHCHECK.
    const build = (target: string[], tag: string) => podmanOk(['build', '--pull=never', '--format', 'docker', ...caMount, ...target, '-t', tag, '-f', `${context}/Containerfile`, context]);
    await build(['--target', 'install'], INSTALL_STAGE);
    await build([], image);
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
  // Each build with new tarballs supersedes the last one's layers (about 180 MB): removed, so that repeated
  // runs do not fill the disk; what the two tags stand on is kept.
  await podmanOk(['image', 'prune', '-f', '--filter', OWN_LAYERS]);
  const buildMillis = performance.now() - started;
  const sizeBytes = Number(await podmanOk(['image', 'inspect', '--format', '{{.Size}}', image]));
  return { image, baseImage: BASE_IMAGE, baseNote, buildMillis, sizeBytes };
}
