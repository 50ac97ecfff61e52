// The reference page as files: the plugin's own answers, asked for in memory (Fastify's inject), so
// the static site is the very page the emulator serves, less the token and with the contract's servers.
import Fastify from 'fastify';
import { CONTRACT_DOCUMENT, DEFAULT_ROUTE_PREFIX, docsPlugin } from './docsPlugin.js';

export interface SiteFile {
  /** The file's path inside the site, e.g. `index.html`, `js/scalar.js`. */
  path: string;
  body: Buffer;
}

// Relative references the page makes: script sources and the document URL in its configuration.
const RELATIVE_REFERENCE = /(?:src="|"url":\s*")(?!https?:|\/\/|\/)\.?\/?([^"]+)"/g;

export async function staticSiteFiles(): Promise<SiteFile[]> {
  const app = Fastify({ logger: false });
  await app.register(docsPlugin, {});
  try {
    const get = async (path: string) => {
      const answer = await app.inject({ method: 'GET', url: `${DEFAULT_ROUTE_PREFIX}/${path}` });
      if (answer.statusCode !== 200) throw new Error(`the reference page refers to ${path}, which answered ${answer.statusCode}`);
      return answer.rawPayload;
    };
    const page = await get('');
    const references = [...new Set([...page.toString('utf8').matchAll(RELATIVE_REFERENCE)].map((match) => match[1]))];
    const files: SiteFile[] = [{ path: 'index.html', body: page }];
    for (const path of [...references, CONTRACT_DOCUMENT]) files.push({ path, body: await get(path) });
    return files;
  } finally {
    await app.close();
  }
}
