// The workload a team's test suite sends: distinct queries over every parameter of both list
// operations, in JSON and XML, as three kinds of user. Which operations, paths, parameters and value
// types exist comes from the contract; values that name data (tags, names, ids, e-mail fragments) come
// from the running emulator's own answers (harvest.ts), as a suite's fixtures would.
import { contractOperations, derefSchema, loadContract, type OpenApiDocument } from '@crm-contacts/contract';
import type { Vocabulary } from './harvest.js';

export interface BenchRequest { path: string; token: string }

/** A deterministic pseudo-random source (mulberry32), so a seed gives the same stream. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Operation { paths: string[]; parameters: { name: string; required: boolean; schema: Record<string, any> }[] }

/** The contract's GET operations that list contacts, each with its suffix forms (`.json`, `.xml`). */
export function listOperations(document: OpenApiDocument = loadContract()): Operation[] {
  const byPlainPath = new Map<string, Operation>();
  for (const { method, path, plainPath, parameters } of contractOperations(document)) {
    if (method !== 'get') continue;
    let operation = byPlainPath.get(plainPath);
    if (!operation) {
      const resolved = parameters.map((p) => ({ name: p.name, required: p.required, schema: derefSchema(document, p.schema) }));
      byPlainPath.set(plainPath, (operation = { paths: [], parameters: resolved }));
    }
    operation.paths.push(path);
  }
  return [...byPlainPath.values()];
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

export function enumNames(document: OpenApiDocument, schema: Record<string, any>): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  for (const alternative of schema.anyOf ?? schema.oneOf ?? []) {
    const names = enumNames(document, derefSchema(document, alternative));
    if (names) return names;
  }
  return undefined;
}

/** sortBy's values: the sort keys and the members (the framework's memory mode), from every alternative the contract gives. */
export function sortByNames(document: OpenApiDocument, schema: Record<string, any>): string[] {
  return (schema.anyOf as Record<string, any>[]).flatMap((a) => enumNames(document, derefSchema(document, a)) ?? []);
}

/**
 * `bycontactinfo`'s data: mostly a piece of 3 to 8 characters; one or two characters; a piece most rows
 * contain; a piece with a `%` or `_` in it; blank.
 */
function infoData(random: () => number, vocabulary: Vocabulary): string {
  const r = random();
  const pieces = (list: string[]) => (list.length > 0 ? list : vocabulary.infoFragments);
  if (r < 0.5) return pick(random, vocabulary.infoFragments);
  if (r < 0.75) return pick(random, pieces(vocabulary.shortFragments));
  if (r < 0.87) return pick(random, pieces(vocabulary.denseFragments));
  if (r < 0.97) {
    const piece = pick(random, vocabulary.infoFragments);
    const at = 1 + Math.floor(random() * Math.max(1, piece.length - 1));
    return `${piece.slice(0, at)}${random() < 0.5 ? '%' : '_'}${piece.slice(at + 1)}`;
  }
  return ' ';
}

/** One parameter's value: from the data for the parameters that name data, else from its schema. */
export function valueOf(document: OpenApiDocument, random: () => number, vocabulary: Vocabulary, name: string, schema: Record<string, any>): string | string[] {
  const words = (n: number) => Array.from({ length: n }, () => { const w = pick(random, vocabulary.nameWords); return w.slice(0, 1 + Math.floor(random() * w.length)); }).join(' ');
  const date = () => {
    const [from, to] = vocabulary.createdRange;
    return new Date(from + random() * (to - from)).toISOString().slice(0, 10);
  };
  switch (name) {
    case 'tags': return Array.from({ length: random() < 0.8 ? 1 : 2 }, () => pick(random, vocabulary.tags));
    case 'contactStage': return String(pick(random, vocabulary.stageIds));
    case 'contactType': return String(pick(random, vocabulary.contactTypeIds));
    case 'responsibleid': return pick(random, vocabulary.managerIds);
    case 'filterValue': return words(random() < 0.7 ? 1 : 2);
    case 'data': return infoData(random, vocabulary);
    case 'category': return String(Math.floor(random() * 3));
    case 'fromDate': case 'toDate': return date();
    case 'count': return String(pick(random, [10, 25, 25, 25, 50].filter((n) => n >= (schema.minimum ?? 1) && n <= (schema.maximum ?? n))));
    // deep pages too: the engine must not walk a million contacts to reach them
    case 'startIndex': return String(random() < 0.6 ? 0 : pick(random, [25, 50, 100, 200, 200, 2_000, 10_000, 100_000]));
    case 'updatedSince': return date();
    // one to four of the members the contract lists, comma-separated as the web client sends them
    case 'fields': {
      const members = enumNames(document, derefSchema(document, schema.items))!;
      return [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, members)))].join(',');
    }
    // a sort key or a member (the framework's memory mode), from every alternative the contract gives
    case 'sortBy': return pick(random, sortByNames(document, schema));
    default: break;
  }
  const names = enumNames(document, schema);
  if (names) return pick(random, names);
  if (schema.type === 'boolean') return random() < 0.5 ? 'true' : 'false';
  if (Array.isArray(schema.examples)) return String(pick(random, schema.examples));
  throw new Error(`the bench has no values for parameter ${name}: add them to queryStream.ts`);
}

/** `size` distinct requests (path and query, and who sends it), none repeated. */
export function queryStream(vocabulary: Vocabulary, tokens: string[], size: number, seed = 1): BenchRequest[] {
  const document = loadContract();
  const operations = listOperations(document);
  const random = randomSource(seed);
  const seen = new Set<string>();
  const out: BenchRequest[] = [];
  for (let attempts = 0; out.length < size; attempts++) {
    if (attempts > size * 20) throw new Error(`only ${out.length} distinct queries could be made of ${size}`);
    const operation = pick(random, operations);
    const query = new URLSearchParams();
    for (const p of operation.parameters) {
      if (!p.required && random() > (p.name === 'count' ? 0.9 : 0.3)) continue;
      const value = valueOf(document, random, vocabulary, p.name, p.schema);
      for (const v of Array.isArray(value) ? value : [value]) query.append(p.name, v);
    }
    const path = `${pick(random, operation.paths)}?${query}`;
    const token = pick(random, tokens);
    const key = `${token} ${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, token });
  }
  return out;
}
