// The static build (`pnpm --filter @crm-contacts/docs build`, which `test` runs after): a site that
// stands alone. The browser check of it is in tools/browser-tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractFiles } from '@crm-contacts/contract';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from '../src/siteDir.js';

const read = (path: string) => readFileSync(join(SITE_DIR, path));

describe('the static site in dist/site', () => {
  it('holds the page, every file it refers to, and the contract verbatim', () => {
    const page = read('index.html').toString('utf8');
    const references = [...page.matchAll(/src="([^"]+)"|"url":\s*"\.\/([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(references.length).toBeGreaterThanOrEqual(2);
    for (const reference of references) expect(existsSync(join(SITE_DIR, reference)), reference).toBe(true);
    expect(read('openapi.json').equals(readFileSync(contractFiles.json))).toBe(true);
  });

  it('carries no token and keeps the contract’s servers, for publishing', () => {
    const page = read('index.html').toString('utf8');
    expect(page).not.toContain('"securitySchemes"');
    expect(page).not.toContain('"servers"');
    expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
