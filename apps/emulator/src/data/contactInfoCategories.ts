import { AddressCategory, ContactInfoBaseCategory, PhoneCategory } from '@crm-contacts/types';
import { ContactInfoType } from './model.js';

// Category labels by info type (categoryName in responses), from the contract's enums; the real
// server's resources label AddressCategory.Postal "Delivery".
const LABEL_OVERRIDES: Record<string, string> = { Postal: 'Delivery' };
const labels = (categories: Record<string, number>): readonly string[] => {
  const names: string[] = [];
  for (const [name, value] of Object.entries(categories)) names[value] = LABEL_OVERRIDES[name] ?? name;
  return names;
};

const BASE_CATEGORIES = labels(ContactInfoBaseCategory);
const PHONE_CATEGORIES = labels(PhoneCategory);
const ADDRESS_CATEGORIES = labels(AddressCategory);

export function categoriesOf(infoType: number): readonly string[] {
  if (infoType === ContactInfoType.Phone) return PHONE_CATEGORIES;
  if (infoType === ContactInfoType.Address) return ADDRESS_CATEGORIES;
  return BASE_CATEGORIES;
}

export function categoryName(infoType: number, category: number): string {
  return categoriesOf(infoType)[category] ?? String(category);
}

export const CONTACT_INFO_TYPE_COUNT = Object.keys(ContactInfoType).length;
