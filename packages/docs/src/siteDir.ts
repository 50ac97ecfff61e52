// Where the static build writes the site.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/site, from both src/ (tests) and dist/ (the build).
export const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'site');
