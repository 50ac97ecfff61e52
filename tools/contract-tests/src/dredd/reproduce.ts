// A failure is reported with the curl line that repeats the request, so it reproduces in one step.
// Credentials are shown as placeholders: the report may end up in a CI log.
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlFor(request: SentRequest): string {
  const parts = ['curl -i', `-X ${request.method}`];
  for (const [name, value] of Object.entries(request.headers)) {
    if (/^user-agent$/i.test(name)) continue;
    parts.push(`-H ${quote(`${name}: ${/^authorization$/i.test(name) ? '$CRM_TOKEN' : value}`)}`);
  }
  if (request.body) parts.push(`--data ${quote(request.body)}`);
  parts.push(quote(request.url));
  return parts.join(' ');
}
