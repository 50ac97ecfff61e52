// The real server's envelopes, keys in its order: count, startIndex, nextIndex, total, status,
// statusCode, response; optional ones omitted when zero.
export type TotalMode = 'always' | 'whenMoreThanCount';

export interface ListPage {
  items: unknown[];
  startIndex: number;
  count: number;
  total: number;
  /** filter: whether to send nextIndex, and the total to send (the engine decides both as the controller does). */
  more?: boolean;
  reportedTotal?: number;
}

export function listEnvelope(page: ListPage, totalMode: TotalMode): Record<string, unknown> {
  const { items, startIndex, count, total, more, reportedTotal: decided } = page;
  const envelope: Record<string, unknown> = {};
  if (items.length > 0) envelope.count = items.length;
  if (startIndex > 0) envelope.startIndex = startIndex;
  // The real server reports one past the next page's first index; reproduced, and documented.
  if (more ?? (items.length === count && startIndex + count < total)) envelope.nextIndex = startIndex + count + 1;
  // A page past the end reports total = startIndex, as the real server does.
  const reportedTotal = decided ?? (startIndex > 0 && startIndex >= total ? startIndex : total);
  if (totalMode === 'always' || total > count) envelope.total = reportedTotal;
  envelope.status = 0;
  envelope.statusCode = 200;
  envelope.response = items;
  return envelope;
}

/** The error envelope; `data` carries details (the control API's list of a refused document's problems). */
export function errorEnvelope({ statusCode, message, hresult }: { statusCode: number; message: string; hresult: number }, data: object = {}): Record<string, unknown> {
  return { status: 1, statusCode, error: { message, hresult, data } };
}
