// Dredd names an OpenAPI 3 transaction "<path> > <summary> > <status> > <media type>"; the hooks and the
// report need those parts back.
export interface TransactionKey {
  path: string;
  status: number;
  mediaType: string;
}

export function parseTransactionName(name: string): TransactionKey {
  const parts = name.split(' > ');
  if (parts.length < 3) throw new Error(`not an OpenAPI 3 transaction name: ${name}`);
  return { path: parts[0], status: Number(parts[parts.length - 2]), mediaType: parts[parts.length - 1] };
}
