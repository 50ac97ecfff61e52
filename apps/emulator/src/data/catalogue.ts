/** The generator's fixed catalogue (beside the word lists of names.ts): stages, contact types, custom fields, info types. */
import { CONTACT_INFO_TYPE_COUNT } from './contactInfoCategories.js';
import { ContactInfoType, CustomFieldType, type ContactType, type CustomFieldDefinition, type Stage } from './model.js';

export const STAGES: readonly Stage[] = [
  { id: 1, title: 'Cold', description: null, color: '#8a98d8', sortOrder: 1 },
  { id: 2, title: 'Warm', description: 'Interested, talking to us', color: '#ffd267', sortOrder: 2 },
  { id: 3, title: 'Hot', description: 'Ready to buy', color: '#df7895', sortOrder: 3 },
];

export const CONTACT_TYPES: readonly ContactType[] = ['Client', 'Supplier', 'Partner', 'Competitor'].map((title, i) => ({ id: i + 1, title, sortOrder: i }));

/** Six fields per entity type, one of each field type (a Heading is never given a value). */
export const CUSTOM_FIELDS: readonly CustomFieldDefinition[] = [
  { id: 1, entityType: 'person', label: 'Nickname', fieldType: CustomFieldType.TextField, position: 0, mask: '{"size":"40"}' },
  { id: 2, entityType: 'person', label: 'Notes', fieldType: CustomFieldType.TextArea, position: 1, mask: '{"rows":"4","cols":"40"}' },
  { id: 3, entityType: 'person', label: 'Preferred channel', fieldType: CustomFieldType.SelectBox, position: 2, mask: '["Email","Phone","Meeting"]' },
  { id: 4, entityType: 'person', label: 'Newsletter', fieldType: CustomFieldType.CheckBox, position: 3, mask: '' },
  { id: 5, entityType: 'person', label: 'Personal', fieldType: CustomFieldType.Heading, position: 4, mask: '' },
  { id: 6, entityType: 'person', label: 'Birthdate', fieldType: CustomFieldType.Date, position: 5, mask: '' },
  { id: 7, entityType: 'company', label: 'VAT number', fieldType: CustomFieldType.TextField, position: 0, mask: '{"size":"20"}' },
  { id: 8, entityType: 'company', label: 'Description', fieldType: CustomFieldType.TextArea, position: 1, mask: '{"rows":"4","cols":"40"}' },
  { id: 9, entityType: 'company', label: 'Size', fieldType: CustomFieldType.SelectBox, position: 2, mask: '["1-10","11-50","51-250","250+"]' },
  { id: 10, entityType: 'company', label: 'Key account', fieldType: CustomFieldType.CheckBox, position: 3, mask: '' },
  { id: 11, entityType: 'company', label: 'Billing', fieldType: CustomFieldType.Heading, position: 4, mask: '' },
  { id: 12, entityType: 'company', label: 'Contract date', fieldType: CustomFieldType.Date, position: 5, mask: '' },
];

/** Info types weighted towards what real address books hold; every one of the 18 occurs. */
export const INFO_TYPE_WEIGHTS: readonly number[] = (() => {
  const w: number[] = [];
  for (let t = 0; t < CONTACT_INFO_TYPE_COUNT; t++) {
    const n = t === ContactInfoType.Phone || t === ContactInfoType.Email ? 12 : t === ContactInfoType.Address ? 5 : t === ContactInfoType.Website ? 3 : 1;
    for (let i = 0; i < n; i++) w.push(t);
  }
  return w;
})();
