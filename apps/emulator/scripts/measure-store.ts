/**
 * Measures the data layer: generate+load times, the default page query's plan and timings.
 * Run: npx tsx scripts/measure-store.ts [contacts=1000000] [--file=/tmp/x.sqlite] [--database-url=postgres://...]
 */
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { createStore } from '../src/store/index.js';
import { openDatabase } from '../src/db/open.js';
import { generateSource } from '../src/data/generate.js';

const args = process.argv.slice(2);
const contacts = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const file = args.find((a) => a.startsWith('--file='))?.slice(7);
const databaseUrl = args.find((a) => a.startsWith('--database-url='))?.slice(15);
if (file) rmSync(file, { force: true });

const ms = (t: number): string => `${(performance.now() - t).toFixed(1)} ms`;
let t = performance.now();
const store = await createStore({ contacts, file, databaseUrl, seed: 1 });
console.log(`generate+load ${contacts} contacts (${store.info.dialect}${file ? ' file' : ''}): ${ms(t)}, ${store.info.rows} rows`);

const admin = store.info.users.find((u) => u.isAdmin)!;
const user = store.info.users.find((u) => !u.isAdmin)!;
for (const viewer of [{ id: admin.id, isAdmin: true }, { id: user.id, isAdmin: false }]) {
  const label = viewer.isAdmin ? 'admin' : 'user';
  t = performance.now();
  const cold = await store.filterContacts(viewer, { startIndex: 0, count: 25 });
  console.log(`${label}: default page of 25 + total (cold): ${ms(t)} total=${cold.total}`);
  t = performance.now();
  for (let i = 0; i < 100; i++) await store.filterContacts(viewer, { startIndex: 0, count: 25 });
  console.log(`${label}: default page of 25 (total cached), mean of 100: ${((performance.now() - t) / 100).toFixed(2)} ms`);
  t = performance.now();
  const tagged = await store.filterContacts(viewer, { tags: ['vip'], contactListView: 2, startIndex: 0, count: 25 });
  console.log(`${label}: persons tagged vip (cold, total ${tagged.total}): ${ms(t)}`);
  t = performance.now();
  await store.filterContacts(viewer, { tags: ['vip'], contactListView: 2, startIndex: 0, count: 25 });
  console.log(`${label}: persons tagged vip (cached total): ${ms(t)}`);
}
await store.close();

if (!databaseUrl) {
  // the plan of the default page query, on a separate database loaded the same way
  const db = await openDatabase({});
  await db.load(generateSource({ seed: 1, contacts: contacts }));
  const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT c.* FROM contacts c WHERE (c.share_type IN (1, 2) OR c.id IN (SELECT a.contact_id FROM contact_access a WHERE a.user_id = 'x')) ORDER BY c.created DESC, c.id DESC LIMIT 25 OFFSET 0`.execute(db.db);
  console.log('EXPLAIN QUERY PLAN (default page, non-admin):\n  ' + plan.rows.map((r) => r.detail).join('\n  '));
  const plan2 = await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT c.* FROM contacts c WHERE c.is_company = 0 AND c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = 1) ORDER BY c.created DESC, c.id DESC LIMIT 25`.execute(db.db);
  console.log('EXPLAIN QUERY PLAN (persons with a tag):\n  ' + plan2.rows.map((r) => r.detail).join('\n  '));
  await db.close();
}
