// CORS for pages on another origin (a front end on :5173 calling the emulator on :8080): on for any origin
// by default, as Prism is (the token travels in a header, never a cookie the browser adds by itself).
// @fastify/cors answers the preflight of every path, the CRM API's and the control API's alike.
import cors from '@fastify/cors';
import { contractOperations, loadContract, type OpenApiDocument } from '@crm-contacts/contract';
import type { FastifyInstance } from 'fastify';
import { SCENARIO_HEADER } from '../scenarios/scenarioHeader.js';

/** `*`: any origin; a list: those origins only; `off`: no CORS headers at all. */
export type CorsOrigins = '*' | 'off' | string[];

/** The response headers the contract describes, which a page's script may then read. */
function describedResponseHeaders(document: OpenApiDocument): string[] {
  const names = new Set<string>();
  const visit = (response: any) => Object.keys(response?.headers ?? {}).forEach((name) => names.add(name));
  Object.values<any>(document.components?.responses ?? {}).forEach(visit);
  for (const { operation } of contractOperations(document)) Object.values<any>(operation.responses ?? {}).forEach(visit);
  return [...names];
}

/** Registers the plugin (not awaited: the caller's `listen` or `ready` loads it, before the routes it wraps). */
export function registerCors(app: FastifyInstance, origins: CorsOrigins, document: OpenApiDocument = loadContract()): void {
  if (origins === 'off') return;
  void app.register(cors, {
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', SCENARIO_HEADER, 'Content-Type', 'Accept'],
    // the contract's paging is in the envelope (count, startIndex, nextIndex, total): no paging headers to expose
    exposedHeaders: describedResponseHeaders(document),
    maxAge: 600,
  });
}

/** `--cors-origins`: `*`, `off`, or origins separated by commas. */
export function parseCorsOrigins(text: string | undefined): CorsOrigins {
  if (text === undefined || text === '' || text === '*') return '*';
  if (text === 'off') return 'off';
  return text.split(',').map((origin) => origin.trim()).filter(Boolean);
}
