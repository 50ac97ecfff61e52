// A small node:http server that answers the contract's three operations from the contract's examples:
// a stand-in for the emulator in tests of the client and the SDKs. It honours paging, the view filter,
// infoType/data, every credential scheme, and JSON or XML by suffix or Accept; other filters are ignored.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeXml } from '@crm-contacts/contract/xml';
import type { Contact } from '@crm-contacts/types';
import { contactPage } from './contactPages.js';
import { exampleAuthenticationResult, exampleContacts, exampleCredentials, exampleError } from './exampleData.js';

export interface ExampleServerOptions {
  /** The contacts to serve; the realistic example's two by default. */
  contacts?: Contact[];
}

export interface ExampleServer {
  url: string;
  /** The token that `POST api/2.0/authentication` gives for the example credentials. */
  token: string;
  credentials: { userName: string; password: string };
  close(): Promise<void>;
}

const INFO_TYPE_NAMES = ['phone', 'email', 'website', 'skype', 'twitter', 'linkedin', 'facebook', 'address', 'livejournal', 'myspace', 'gmail', 'blogger', 'yahoo', 'msn', 'icq', 'jabber', 'aim', 'vk'];
const VIEWS = ['all', 'company', 'person', 'withopportunity'];

const enumNumber = (value: string, names: string[]) => (/^\d+$/.test(value) ? Number(value) : names.indexOf(value.toLowerCase()));

async function readBody(request: IncomingMessage): Promise<Record<string, string>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  const fields: Record<string, string> = {};
  const raw = (request.headers['content-type'] ?? '').includes('json') ? JSON.parse(text || '{}') : Object.fromEntries(new URLSearchParams(text));
  for (const [key, value] of Object.entries(raw)) fields[key.toLowerCase()] = String(value); // names match in any case
  return fields;
}

export async function startExampleServer(options: ExampleServerOptions = {}): Promise<ExampleServer> {
  const contacts = options.contacts ?? exampleContacts();
  const credentials = exampleCredentials();
  const authResult = exampleAuthenticationResult();
  const token: string = authResult.response.token;
  const basic = `Basic ${Buffer.from(`${credentials.userName}:${credentials.password}`).toString('base64')}`;

  const isSignedIn = (request: IncomingMessage, query: URLSearchParams) => {
    const authorization = request.headers.authorization;
    const cookie = /(?:^|;\s*)asc_auth_key=([^;]*)/.exec(request.headers.cookie ?? '')?.[1];
    return query.get('asc_auth_key') === token || cookie === token || authorization === token || authorization === `Bearer ${token}` || authorization === basic;
  };

  function send(request: IncomingMessage, response: ServerResponse, pathname: string, status: number, body: unknown) {
    const xml = pathname.endsWith('.xml') || (!pathname.endsWith('.json') && /xml/.test(request.headers.accept ?? ''));
    response.writeHead(status, { 'Content-Type': xml ? 'text/xml; charset=utf-8' : 'application/json; charset=utf-8' });
    response.end(xml ? writeXml(body) : JSON.stringify(body));
  }

  async function answer(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const query = new URLSearchParams([...url.searchParams].filter(([, v]) => v !== '').map(([k, v]) => [k.toLowerCase(), v]));
    const route = url.pathname.replace(/\.(json|xml)$/, '');
    const reply = (status: number, body: unknown) => send(request, response, url.pathname, status, body);

    if (route === '/api/2.0/authentication' && request.method === 'POST') {
      const body = await readBody(request);
      const ok = body.username === credentials.userName && body.password === credentials.password;
      return reply(ok ? 201 : 401, ok ? authResult : exampleError('AuthenticationFailed'));
    }
    const isContactRoute = route === '/api/2.0/crm/contact/filter' || route === '/api/2.0/crm/contact/bycontactinfo';
    if (!isContactRoute || request.method !== 'GET') return reply(404, exampleError('NotFound'));
    if (!isSignedIn(request, query)) {
      response.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
      return response.end('Unauthorized');
    }
    // camelCase lookups below read the lower-cased names, as the server matches names in any case.
    query.set('startIndex', query.get('startindex') ?? '');
    if (route === '/api/2.0/crm/contact/filter') {
      const view = enumNumber(query.get('contactlistview') ?? 'all', VIEWS);
      const matches = contacts.filter((c) => view === 0 || view === 3 || (view === 1 ? c.isCompany : view === 2 ? !c.isCompany : false));
      return reply(200, contactPage(matches, query, true));
    }
    const infoType = query.get('infotype');
    if (infoType === null) return reply(400, exampleError('BadParameter'));
    const wanted = enumNumber(infoType, INFO_TYPE_NAMES);
    const data = (query.get('data') ?? '').toLowerCase();
    const matches = contacts.filter((c) => c.commonData.some((i) => i.infoType === wanted && i.data.toLowerCase().includes(data)));
    return reply(200, contactPage(matches.sort((a, b) => a.id - b.id), query, false));
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    credentials,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
