import SwaggerParser from '@apidevtools/swagger-parser';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contractFiles, loadContract } from '../src/index.js';

// Redocly's lint, errors only (it exits non-zero on an error, not on a warning): swagger-parser's 3.1
// meta-schema wrongly rejects a server variable's description, so it checks the 3.0 copy only.
function redoclyErrors(file: string, ruleset: 'minimal' | 'recommended' = 'minimal'): string {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
  try {
    execFileSync(process.execPath, [cli, 'lint', `--extends=${ruleset}`, '--format=codeframe', file], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('bundles', () => {
  it('the 3.1 bundle is a valid OpenAPI 3.1 document', () => {
    expect(loadContract().openapi).toBe('3.1.0');
    expect(redoclyErrors(contractFiles.json)).toBe('');
  });

  it('the 3.0 copy passes Redocly structural rules too', () => {
    expect(redoclyErrors(contractFiles.json30)).toBe('');
  });

  it("the 3.0 copy passes Redocly's recommended rules with no errors (nullable-type-sibling among them)", () => {
    expect(redoclyErrors(contractFiles.json30, 'recommended')).toBe('');
  });

  it('the 3.0 copy is a valid OpenAPI 3.0.3 document with no 3.1-only keywords', async () => {
    const text = readFileSync(contractFiles.json30, 'utf8');
    await SwaggerParser.validate(JSON.parse(text));
    expect(JSON.parse(text).openapi).toBe('3.0.3');
    expect(text).not.toMatch(/"const"\s*:/);
    expect(text).not.toMatch(/"type"\s*:\s*\[/);
    expect(text).not.toMatch(/"type"\s*:\s*"null"/);
  });

  it('gives every enum of the 3.0 copy a type (3.0 tools read a typeless enum as strings)', () => {
    const typeless: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        const schema = node as Record<string, unknown>;
        if (Array.isArray(schema.enum) && schema.type === undefined) typeless.push(where);
        for (const [key, value] of Object.entries(schema)) if (key !== 'examples' && key !== 'example') walk(value, `${where}.${key}`);
      }
    };
    walk(JSON.parse(readFileSync(contractFiles.json30, 'utf8')), '$');
    expect(typeless).toEqual([]);
  });

  it('the YAML and JSON forms hold the same document', () => {
    expect(parse(readFileSync(contractFiles.yaml, 'utf8'))).toEqual(loadContract());
    expect(parse(readFileSync(contractFiles.yaml30, 'utf8'))).toEqual(JSON.parse(readFileSync(contractFiles.json30, 'utf8')));
  });

  it('describes both endpoints, authentication and their suffix forms', () => {
    expect(Object.keys(loadContract().paths).sort()).toEqual([
      '/api/2.0/authentication',
      '/api/2.0/authentication.json',
      '/api/2.0/authentication.xml',
      '/api/2.0/crm/contact/bycontactinfo',
      '/api/2.0/crm/contact/bycontactinfo.json',
      '/api/2.0/crm/contact/bycontactinfo.xml',
      '/api/2.0/crm/contact/filter',
      '/api/2.0/crm/contact/filter.json',
      '/api/2.0/crm/contact/filter.xml',
    ]);
  });

  it('gives the filter operation every parameter of the docs page plus paging, sorting and the framework\'s generic list parameters', () => {
    const document = loadContract();
    const names = document.paths['/api/2.0/crm/contact/filter'].get.parameters.map(
      (p: { $ref: string }) => document.components.parameters[p.$ref.split('/').pop()!].name,
    );
    expect(names).toEqual([
      'tags', 'contactStage', 'contactType', 'contactListView', 'fromDate', 'toDate', 'responsibleid', 'isShared',
      'startIndex', 'count', 'sortBy', 'sortOrder', 'filterValue', 'fields', 'filterBy', 'filterOp', 'type', 'updatedSince',
    ]);
  });

  it('gives both list operations the same generic list parameters, each one shared component', () => {
    const document = loadContract();
    const generic = (path: string) => document.paths[path].get.parameters.map((p: { $ref: string }) => p.$ref)
      .filter((ref: string) => document.components.parameters[ref.split('/').pop()!]['x-crm-framework']);
    expect(generic('/api/2.0/crm/contact/filter')).toEqual(generic('/api/2.0/crm/contact/bycontactinfo'));
    expect(generic('/api/2.0/crm/contact/filter')).toHaveLength(5);
  });
});
