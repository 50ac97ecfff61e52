// The control API's routes come from its document: one per operation, with the document's method and path,
// and a document that gains (or loses) an operation without a handler refuses to start. The scenario name
// pattern is the document's.
import { describe, expect, it } from 'vitest';
import { controlHandlers, controlRoutes, type ControlApiOptions } from '../../src/http/controlApi.js';
import { controlDocument, controlOperations } from '../../src/http/controlContract.js';
import { scenarioNamePattern } from '../../src/scenarios/errors.js';

const handlers = controlHandlers({} as ControlApiOptions);

describe('the control API routes', () => {
  it("serve every operation of the document at its method and path, in Fastify's form", () => {
    const routes = controlRoutes(controlOperations(), handlers);
    const fromDocument = Object.entries<Record<string, { operationId?: string }>>(controlDocument().paths)
      .flatMap(([path, item]) => Object.entries(item).filter(([, operation]) => operation?.operationId).map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(routes.map((r) => `${String(r.method)} ${r.url}`).sort()).toEqual(fromDocument.sort());
    expect(fromDocument).toContain('PUT /__emulator/scenarios/:name');
  });

  it('refuse a document with an operation that has no handler, naming it', () => {
    const grown = structuredClone(controlDocument());
    grown.paths['/__emulator/snapshots'] = { post: { operationId: 'takeSnapshot', responses: { '201': { description: 'Taken.' } } } };
    expect(() => controlRoutes(controlOperations(grown), handlers)).toThrow('takeSnapshot has no handler');
  });

  it('refuse a handler whose operation left the document, naming it', () => {
    const shrunk = structuredClone(controlDocument());
    delete shrunk.paths['/__emulator/reset'];
    expect(() => controlRoutes(controlOperations(shrunk), handlers)).toThrow('resetEmulator is not in the document');
  });

  it("check a scenario name with the document's pattern", () => {
    expect(scenarioNamePattern().source).toBe(controlDocument().components.parameters.name.schema.pattern);
    expect(scenarioNamePattern().test('shop-1')).toBe(true);
    expect(scenarioNamePattern().test('a/b')).toBe(false);
  });
});
