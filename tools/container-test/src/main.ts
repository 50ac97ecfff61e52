// `pnpm image`: builds the image of the emulator, the mock and the verifier (localhost/crm-contacts:dev) with
// podman; `pnpm image --context-only` writes the build context for another engine and prints its folder.
import { buildImage } from './buildImage.js';
import { writeImageContext } from './imageContext.js';

if (process.argv.includes('--context-only')) {
  console.log(writeImageContext());
} else {
  const built = await buildImage(process.argv[2]);
  console.log(built.baseNote);
  console.log(`${built.image}: built in ${(built.buildMillis / 1000).toFixed(1)} s, ${(built.sizeBytes / 1e6).toFixed(0)} MB`);
  console.log(`run it: podman run --rm -p 127.0.0.1:8080:8080 -e CRM_ADMIN_TOKEN=secret ${built.image}   (the mock: append crm-mock)`);
}
