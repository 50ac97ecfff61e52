// What JSON Schema cannot check in a fixtures document: unique ids, user names and tokens, references to
// users, stages, contact types, companies, custom fields and contacts that exist (in the document, or in
// merge mode in the generated data it is laid over), dates the API reads, and categories of the info type.
import { parseApiDate } from '@crm-contacts/contract';
import { categoriesOf } from './contactInfoCategories.js';
import type { SchemaProblem } from './fixturesError.js';
import { isMerge, usersByRef, type FixtureContact, type FixturesHeader, type GeneratedBase } from './fixturesDataset.js';
import { isGeneratedCompanyId } from './generate.js';
import type { FixturesDocument } from './generated/fixturesDocument.js';
import { ContactInfoType } from './model.js';

/** Every problem, in the document's order, each with the JSON pointer of the offending value. */
export function checkReferences(doc: FixturesDocument, header: FixturesHeader, base?: GeneratedBase): SchemaProblem[] {
  const merge = isMerge(doc, base);
  const problems: SchemaProblem[] = [];
  const problem = (path: string, message: string): void => void problems.push({ path, message });

  // the document's own entries come after the inherited ones in each list of the header
  const ownFrom = (list: readonly unknown[], own: readonly unknown[] | undefined) => list.length - (own?.length ?? 0);
  const seen = new Set<string>();
  const firstUser = ownFrom(header.users, doc.users);
  header.users.forEach((u, index) => {
    const at = `/users/${index - firstUser}`;
    if (index >= firstUser && seen.has(u.id)) problem(`${at}/id`, `duplicate user id ${u.id}`);
    if (index >= firstUser && seen.has(u.userName.toLowerCase())) problem(`${at}/userName`, `duplicate userName ${u.userName}`);
    if (index >= firstUser && seen.has(`token ${u.token}`)) problem(`${at}/token`, 'duplicate token');
    seen.add(u.id).add(u.userName.toLowerCase()).add(`token ${u.token}`);
  });
  if (header.users.length === 0) problem('/users', 'at least one user is needed in replace mode');
  const uniqueIds = (name: string, list: readonly { id: number }[], own: readonly unknown[] | undefined) => {
    const ids = new Set<number>();
    const first = ownFrom(list, own);
    list.forEach((x, index) => {
      if (index >= first && ids.has(x.id)) problem(`/${name}/${index - first}/id`, `duplicate ${name} id ${x.id}`);
      ids.add(x.id);
    });
  };
  uniqueIds('stages', header.stages, doc.stages);
  uniqueIds('contactTypes', header.contactTypes, doc.contactTypes);
  uniqueIds('customFields', header.customFields, doc.customFields);

  const userByRef = usersByRef(header.users);
  const stageIds = new Set(header.stages.map((s) => s.id));
  const typeIds = new Set(header.contactTypes.map((t) => t.id));
  const fieldById = new Map(header.customFields.map((f) => [f.id, f]));
  const companyIds = new Set((doc.companies ?? []).map((c) => c.id));
  const contactIds = new Set<number>();
  const knownUser = (ref: string, path: string): void => {
    if (!userByRef.has(ref.toLowerCase())) problem(path, `unknown user ${JSON.stringify(ref)}`);
  };
  const date = (text: string | undefined, path: string): void => {
    if (text !== undefined && parseApiDate(text, 'UTC') === undefined) problem(path, `not a date: ${JSON.stringify(text)}`);
  };

  const checkContact = (fc: FixtureContact, isCompany: boolean, at: string): void => {
    if (contactIds.has(fc.id)) problem(`${at}/id`, `duplicate contact id ${fc.id}`);
    if (merge && fc.id <= base.contacts) problem(`${at}/id`, `contact id ${fc.id} collides with a generated contact (ids 1..${base.contacts}); use ids above ${base.contacts}`);
    contactIds.add(fc.id);
    knownUser(fc.createdBy, `${at}/createdBy`);
    date(fc.created, `${at}/created`);
    date(fc.lastActivity, `${at}/lastActivity`);
    if (fc.stageId && !stageIds.has(fc.stageId)) problem(`${at}/stageId`, `unknown stage ${fc.stageId}`);
    if (fc.contactTypeId && !typeIds.has(fc.contactTypeId)) problem(`${at}/contactTypeId`, `unknown contact type ${fc.contactTypeId}`);
    if (fc.companyId !== undefined && !companyIds.has(fc.companyId) && !(merge && isGeneratedCompanyId(fc.companyId, base.contacts))) {
      problem(`${at}/companyId`, `no company with id ${fc.companyId}`);
    }
    (fc.accessList ?? []).forEach((ref, i) => knownUser(ref, `${at}/accessList/${i}`));
    (fc.contactInfo ?? []).forEach((info, i) => {
      if (info.infoType === ContactInfoType.Address) problem(`${at}/contactInfo/${i}/infoType`, 'an address goes in "addresses", not in "contactInfo"');
      else if (categoriesOf(info.infoType)[info.category ?? 0] === undefined) {
        problem(`${at}/contactInfo/${i}/category`, `no category ${info.category} for info type ${info.infoType}: one of ${Object.keys(categoriesOf(info.infoType)).join(', ')}`);
      }
    });
    (fc.customFields ?? []).forEach((v, i) => {
      const f = fieldById.get(v.fieldId);
      if (!f) problem(`${at}/customFields/${i}/fieldId`, `unknown custom field ${v.fieldId}`);
      else if (f.entityType !== (isCompany ? 'company' : 'person')) problem(`${at}/customFields/${i}/fieldId`, `custom field ${v.fieldId} is for ${f.entityType}s`);
    });
  };
  (doc.companies ?? []).forEach((c, i) => checkContact(c, true, `/companies/${i}`));
  (doc.persons ?? []).forEach((p, i) => {
    if (p.companyId !== undefined && companyIds.has(p.companyId) === false && contactIds.has(p.companyId)) {
      problem(`/persons/${i}/companyId`, `contact ${p.companyId} is a person, not a company`);
    }
    checkContact(p, false, `/persons/${i}`);
  });
  const dealIds = new Set<number>();
  (doc.deals ?? []).forEach((d, i) => {
    if (dealIds.has(d.id)) problem(`/deals/${i}/id`, `duplicate deal id ${d.id}`);
    dealIds.add(d.id);
    d.contactIds.forEach((cid, j) => {
      if (!contactIds.has(cid) && !(merge && cid <= base.contacts)) problem(`/deals/${i}/contactIds/${j}`, `no contact with id ${cid}`);
    });
  });
  return problems;
}
