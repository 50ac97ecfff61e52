// A control API call for the test helpers; a refusal throws with the emulator's message and every problem it named.
export async function control(baseUrl: string, adminToken: string, method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/__emulator${path}`, {
    method,
    headers: { authorization: adminToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) return response;
  const text = await response.text();
  let detail = text;
  try {
    const { error } = JSON.parse(text) as { error: { message: string; data?: { problems?: { path: string; message: string }[] } } };
    detail = [error.message, ...(error.data?.problems ?? []).map((p) => `  ${p.path}: ${p.message}`)].join('\n');
  } catch {
    // not an envelope: the text as it came
  }
  throw new Error(`${method} /__emulator${path}: ${response.status} ${detail}`);
}

