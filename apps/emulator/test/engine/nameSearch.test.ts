// The name search keeps the bitmap of each search that matched something, and not of one that matched
// nothing: a merge scenario's overlay asks the start-up engine for the scenario's own names, which it
// lacks, and keeping those answers grew the start-up engine by about 0.9 KB per scenario, for good.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSource } from '../../src/data/generate.js';
import { displayNameOf } from '../../src/data/model.js';
import { datasetTables } from '../../src/db/datasetTables.js';
import { readContactColumns } from '../../src/db/readContactColumns.js';
import type { ContactColumns } from '../../src/engine/contactColumns.js';
import { nameSearchSteps, nameWords, type NameSearch } from '../../src/engine/nameSearch.js';
import { runAtOnce } from '../../src/engine/slices.js';

describe('which name searches are kept', () => {
  let columns: ContactColumns;
  let displayNames: string[];
  beforeAll(async () => {
    columns = await readContactColumns(datasetTables(generateSource({ seed: 11, contacts: 300 })));
    displayNames = Array.from({ length: columns.size }, (_, i) => displayNameOf({
      isCompany: columns.isCompany[i] === 1, firstName: columns.firstName[i], lastName: columns.lastName[i], companyName: columns.companyName[i],
    }));
  });
  // a kept answer is the same set again; one worked out anew is another object
  const kept = (search: NameSearch, words: string[], withCompanyMembers: boolean) =>
    search.matching(words, withCompanyMembers) === search.matching(words, withCompanyMembers);

  it('keeps a search that matches, whole and by each word', () => {
    const search = runAtOnce(nameSearchSteps(columns, displayNames));
    const [first, second] = nameWords(displayNames.find((name) => nameWords(name).length >= 2)!);
    const words = [first.slice(0, 2), second];
    expect(search.matching(words, true).size).toBeGreaterThan(0);
    expect(kept(search, words, true)).toBe(true);
    expect(kept(search, [first.slice(0, 2)], false)).toBe(true);
  });

  it('keeps no search that matches nothing, and still answers it', () => {
    const search = runAtOnce(nameSearchSteps(columns, displayNames));
    for (let k = 0; k < 3; k++) {
      const own = [`soak-w0-${k}`];
      expect(search.matching(own, true).size).toBe(0);
      expect(kept(search, own, true)).toBe(false);
      expect(kept(search, own, false)).toBe(false);
    }
    // two words that each match, never in one name: the whole search is not kept either
    const names = displayNames.map(nameWords);
    const a = names[0][0];
    const b = names.flat().find((w) => !names.some((ws) => ws.some((x) => x.startsWith(a)) && ws.some((x) => x.startsWith(w))))!;
    expect(search.matching([b], false).size).toBeGreaterThan(0);
    expect(search.matching([a, b], false).size).toBe(0);
    expect(kept(search, [a, b], false)).toBe(false);
  });
});
