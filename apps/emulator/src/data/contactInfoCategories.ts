import { categoriesOfInfoType } from '@crm-contacts/contract';
import { ContactInfoType } from './model.js';

export const CONTACT_INFO_TYPE_COUNT = Object.keys(ContactInfoType).length;

// Category labels (categoryName in responses) by info type number, read once: which enum applies to which
// info type and which label differs from its name (Postal is "Delivery") are the contract's.
const LABELS: readonly (readonly string[])[] = Array.from({ length: CONTACT_INFO_TYPE_COUNT }, (_, infoType) => categoriesOfInfoType(infoType).labels);

/** The labels of an info type's categories, by category number. */
export function categoriesOf(infoType: number): readonly string[] {
  return LABELS[infoType] ?? [];
}

export function categoryName(infoType: number, category: number): string {
  return categoriesOf(infoType)[category] ?? String(category);
}
