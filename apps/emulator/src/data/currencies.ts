/** The currency catalogue the renderer expands a contact's currency abbreviation with. */
import type { Currency } from '@crm-contacts/types';

export type { Currency };

export const CURRENCIES: readonly Currency[] = [
  { title: 'US Dollar', symbol: '$', abbreviation: 'USD', cultureName: 'en-US', isConvertable: true, isBasic: true },
  { title: 'Euro', symbol: '€', abbreviation: 'EUR', cultureName: 'fr-FR', isConvertable: true, isBasic: true },
  { title: 'Pound Sterling', symbol: '£', abbreviation: 'GBP', cultureName: 'en-GB', isConvertable: true, isBasic: true },
  { title: 'Russian Ruble', symbol: '₽', abbreviation: 'RUB', cultureName: 'ru-RU', isConvertable: true, isBasic: true },
  { title: 'Japanese Yen', symbol: '¥', abbreviation: 'JPY', cultureName: 'ja-JP', isConvertable: true, isBasic: true },
  { title: 'Swiss Franc', symbol: 'CHF', abbreviation: 'CHF', cultureName: 'de-CH', isConvertable: true, isBasic: true },
  { title: 'Chinese Yuan', symbol: '¥', abbreviation: 'CNY', cultureName: 'zh-CN', isConvertable: true, isBasic: true },
  { title: 'Latvian Lats', symbol: 'Ls', abbreviation: 'LVL', cultureName: 'lv-LV', isConvertable: false, isBasic: false },
];

const BY_ABBREVIATION = new Map(CURRENCIES.map((c) => [c.abbreviation, c]));

export function currencyByAbbreviation(abbreviation: string | null): Currency | null {
  if (!abbreviation) return null;
  return BY_ABBREVIATION.get(abbreviation.toUpperCase()) ?? null;
}
