// @crm-contacts/docs: the reference page of the CRM contacts contract, for a Fastify server or as files.
export { docsPlugin, DEFAULT_ROUTE_PREFIX, CONTRACT_DOCUMENT, type DocsPluginOptions } from './docsPlugin.js';
export { referenceConfiguration, preferredSecurityScheme, REFERENCE_DOCUMENT, type ReferenceOptions } from './referenceConfiguration.js';
export { consoleDocument } from './consoleDocument.js';
export { staticSiteFiles, type SiteFile } from './staticSite.js';
export { SITE_DIR } from './siteDir.js';
