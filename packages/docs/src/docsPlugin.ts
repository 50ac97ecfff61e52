// The reference page as a Fastify plugin: Scalar's page and script, the document its console reads,
// and the bundled contract byte for byte (`openapi.json`), all from this server (no CDN).
import { readFileSync } from 'node:fs';
import { contractFiles, loadContract, type OpenApiDocument } from '@crm-contacts/contract';
import scalarReference, { type FastifyApiReferenceOptions } from '@scalar/fastify-api-reference';
import type { FastifyPluginAsync } from 'fastify';
import { consoleDocument } from './consoleDocument.js';
import { REFERENCE_DOCUMENT, referenceConfiguration, type ReferenceOptions } from './referenceConfiguration.js';

type ScalarConfiguration = NonNullable<FastifyApiReferenceOptions['configuration']>;

export interface DocsPluginOptions extends ReferenceOptions {
  /** Where the page lives; `/docs` by default (the page itself is `/docs/`). */
  routePrefix?: `/${string}`;
  /** Another document to render instead of the contract (the emulator's control API); the contract by default. */
  document?: OpenApiDocument;
}

export const DEFAULT_ROUTE_PREFIX = '/docs';
/** The bundled contract, verbatim, beside the page: for tools and for reading. */
export const CONTRACT_DOCUMENT = 'openapi.json';

export const docsPlugin: FastifyPluginAsync<DocsPluginOptions> = async (app, options) => {
  const routePrefix = options.routePrefix ?? DEFAULT_ROUTE_PREFIX;
  const document = options.document ?? loadContract();
  const contractJson = options.document ? JSON.stringify(options.document) : readFileSync(contractFiles.json);
  const referenceJson = JSON.stringify(consoleDocument(document));
  app.get(`${routePrefix}/${CONTRACT_DOCUMENT}`, (_request, reply) => reply.type('application/json; charset=utf-8').send(contractJson));
  app.get(`${routePrefix}/${REFERENCE_DOCUMENT}`, (_request, reply) => reply.type('application/json; charset=utf-8').send(referenceJson));
  await app.register(scalarReference, { routePrefix, configuration: referenceConfiguration(document, options) as ScalarConfiguration, logLevel: 'warn' });
};
