// A scenario by base URL: `/__scenarios/<name>/api/2.0/...` is the CRM path `/api/2.0/...` answered from
// scenario <name>, for a page whose own requests cannot carry the X-Emulator-Scenario header.
import type { IncomingMessage } from 'node:http';
import { scenarioSelection } from '../http/controlContract.js';

/** The control document's `x-scenario-selection` prefix. */
export const SCENARIO_PATH_PREFIX: string = scenarioSelection().pathPrefix;
// after the prefix and its slash: the name, then the CRM path
const NAME_AND_PATH = /^([^/?]+)(\/api\/.*)$/;
const FROM_PATH = Symbol('scenario named by the path');

type Marked = IncomingMessage & { [FROM_PATH]?: string };

/** Fastify's rewriteUrl: the CRM path, the scenario's name kept on the raw request. */
export function rewriteScenarioUrl(raw: IncomingMessage): string {
  const url = raw.url ?? '/';
  const match = url.startsWith(`${SCENARIO_PATH_PREFIX}/`) ? NAME_AND_PATH.exec(url.slice(SCENARIO_PATH_PREFIX.length + 1)) : null;
  if (!match) return url;
  try {
    (raw as Marked)[FROM_PATH] = decodeURIComponent(match[1]);
  } catch {
    (raw as Marked)[FROM_PATH] = match[1]; // a malformed escape: refused as a scenario name later
  }
  return match[2];
}

/** The scenario a base URL named, if any. */
export const scenarioFromPath = (raw: IncomingMessage): string | undefined => (raw as Marked)[FROM_PATH];

/** The base URL a page hands its client to reach a scenario. */
export const scenarioBaseUrl = (emulatorUrl: string, name: string): string => `${emulatorUrl.replace(/\/+$/, '')}${SCENARIO_PATH_PREFIX}/${encodeURIComponent(name)}`;
