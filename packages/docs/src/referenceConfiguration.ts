// The Scalar configuration of the reference page, from the bundled contract: its title, and the
// security scheme the console fills in first (the contract's first alternative of `security`).
import type { OpenApiDocument } from '@crm-contacts/contract';

/** The document the page renders, beside the page: the contract with the console's defaults (consoleDocument.ts). */
export const REFERENCE_DOCUMENT = 'openapi.reference.json';

// Scalar's configuration, typed loosely on purpose: Scalar's own declarations need @types/har-format,
// which a consumer of this package would then have to install to compile (docsPlugin.ts passes it on).
export type ReferenceConfiguration = Record<string, unknown>;

export interface ReferenceOptions {
  /** A token the console sends from the start (the emulator's administrator, or any for the mock). */
  token?: string;
  /**
   * Where the console sends requests. `'same-origin'`: the server that serves the page (the emulator,
   * the mock). Absent: the contract's own `servers` (a portal's address to fill in), for the static site.
   */
  server?: 'same-origin';
  /** What the page calls the server it sends to, e.g. "this emulator". */
  serverDescription?: string;
}

/** The name of the scheme the contract lists first: the one a caller is expected to use. */
export function preferredSecurityScheme(document: OpenApiDocument): string {
  const first = (document.security as Array<Record<string, unknown>> | undefined)?.[0];
  const name = first && Object.keys(first)[0];
  if (!name || !document.components.securitySchemes[name]) throw new Error('the contract names no security scheme in its top-level security');
  return name;
}

export function referenceConfiguration(document: OpenApiDocument, options: ReferenceOptions = {}): ReferenceConfiguration {
  const scheme = preferredSecurityScheme(document);
  return {
    url: `./${REFERENCE_DOCUMENT}`,
    pageTitle: String(document.info.title),
    // Scalar fetches its default fonts from its CDN; the page must load with nothing from outside.
    withDefaultFonts: false,
    telemetry: false,
    // Scalar's AI agent and MCP generator are services of Scalar's cloud; this page talks to its server only.
    agent: { disabled: true },
    mcp: { disabled: true },
    hideClientButton: true,
    showDeveloperTools: 'never',
    ...(options.server === 'same-origin' ? { servers: [{ url: '/', description: options.serverDescription ?? 'the server of this page' }] } : {}),
    authentication: {
      preferredSecurityScheme: scheme,
      ...(options.token ? { securitySchemes: { [scheme]: { value: options.token } } } : {}),
    },
  };
}
