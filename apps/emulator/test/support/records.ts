// A page of the engine's answer as the records the renderer writes, for tests that check contacts rather
// than bytes. The engine is asked as the HTTP handlers ask it (it waits first for what a query builds on first use).
import { contactRecordOf, type ContactRecord } from '../../src/engine/contactRecords.js';
import type { ByContactInfoQuery, FilterQuery, Viewer } from '../../src/engine/query.js';
import type { QueryEngine } from '../../src/engine/queryEngine.js';

export interface RecordPage { items: ContactRecord[]; total: number }

export async function filterRecords(engine: QueryEngine, viewer: Viewer, q: FilterQuery): Promise<RecordPage> {
  await engine.readyFor(q, viewer);
  const page = engine.filter(viewer, q);
  return { items: page.indexes.map((i) => contactRecordOf(engine.columns, i, viewer, 'filter')), total: page.total };
}

export async function byContactInfoRecords(engine: QueryEngine, viewer: Viewer, q: ByContactInfoQuery): Promise<RecordPage> {
  await engine.readyFor(q, viewer);
  const page = engine.byContactInfo(viewer, q);
  return { items: page.indexes.map((i) => contactRecordOf(engine.columns, i, viewer, 'byContactInfo')), total: page.total };
}
