// The real fetch, with the query of every request it sends written down (what the client sent per page).
export function recordingFetch() {
  const queries: URLSearchParams[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    queries.push(new URL(input instanceof Request ? input.url : String(input)).searchParams);
    return globalThis.fetch(input, init);
  };
  return { fetch, queries };
}
