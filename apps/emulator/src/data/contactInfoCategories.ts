import { ContactInfoType } from './model.js';

/** Category names by info type, as the real server labels them (categoryName in responses). */
const BASE_CATEGORIES = ['Home', 'Work', 'Other'] as const;
const PHONE_CATEGORIES = ['Home', 'Work', 'Mobile', 'Fax', 'Direct', 'Other'] as const;
// AddressCategory.Postal is labelled "Delivery" by the real server's resources.
const ADDRESS_CATEGORIES = ['Home', 'Delivery', 'Office', 'Billing', 'Other', 'Work'] as const;

export function categoriesOf(infoType: number): readonly string[] {
  if (infoType === ContactInfoType.Phone) return PHONE_CATEGORIES;
  if (infoType === ContactInfoType.Address) return ADDRESS_CATEGORIES;
  return BASE_CATEGORIES;
}

export function categoryName(infoType: number, category: number): string {
  return categoriesOf(infoType)[category] ?? String(category);
}

export const CONTACT_INFO_TYPE_COUNT = 18;
