// Facts of contact information as values: which category enum applies to which info type
// (`x-crm-category-enum` on ContactInfo.category), each category's name, number and label
// (`x-crm-labels`), and the parts an address's data holds (from the Address schema).
import { loadContract, type OpenApiDocument } from './loadContract.js';

export interface InfoCategories {
  /** The enum schema that applies: PhoneCategory, AddressCategory or ContactInfoBaseCategory. */
  enumName: string;
  /** Each category's name and its number (as the generated enum of that name). */
  values: Readonly<Record<string, number>>;
  /** The label (`categoryName`) of each number: its name, unless `x-crm-labels` relabels it. */
  labels: readonly string[];
}

const byDocument = new WeakMap<OpenApiDocument, Map<string, InfoCategories>>();

function categoriesOfEnum(document: OpenApiDocument, enumName: string): InfoCategories {
  const schema = document.components.schemas[enumName];
  if (!schema?.['x-enum-varnames']) throw new Error(`the contract has no enum '${enumName}' with x-enum-varnames`);
  const names: string[] = schema['x-enum-varnames'];
  const relabel: Record<string, string> = schema['x-crm-labels'] ?? {};
  const values = Object.fromEntries(names.map((name, i) => [name, schema.enum[i] as number]));
  const labels: string[] = [];
  for (const [name, value] of Object.entries(values)) labels[value] = relabel[name] ?? name;
  return { enumName, values, labels };
}

/** The name of an info type given by name (any case) or by number, as ContactInfoType has it. */
function infoTypeName(document: OpenApiDocument, infoType: string | number): string {
  const schema = document.components.schemas.ContactInfoType;
  const names: string[] = schema['x-enum-varnames'];
  const name = typeof infoType === 'number'
    ? names[schema.enum.indexOf(infoType)]
    : names.find((n) => n.toLowerCase() === infoType.toLowerCase());
  if (name === undefined) throw new Error(`the contract has no ContactInfoType '${infoType}'`);
  return name;
}

/** The categories that apply to an info type (by name in any case, or by number). */
export function categoriesOfInfoType(infoType: string | number, document: OpenApiDocument = loadContract()): InfoCategories {
  const name = infoTypeName(document, infoType);
  let cache = byDocument.get(document);
  if (!cache) byDocument.set(document, (cache = new Map()));
  let found = cache.get(name);
  if (!found) {
    const category = document.components.schemas.ContactInfo.properties.category;
    const mapping = category['x-crm-category-enum'];
    if (!mapping) throw new Error("the contract's ContactInfo.category has no x-crm-category-enum");
    cache.set(name, (found = categoriesOfEnum(document, mapping.byInfoType?.[name] ?? mapping.otherwise)));
  }
  return found;
}

export interface CategoryEnum {
  categories: InfoCategories;
  /** The info types it applies to, in ContactInfoType's order. */
  infoTypes: string[];
  /** Whether it is the mapping's `otherwise`: the enum of every info type without one of its own. */
  otherwise: boolean;
}

/** Every category enum with the info types it applies to, in ContactInfoType's order (for help texts). */
export function categoryEnums(document: OpenApiDocument = loadContract()): CategoryEnum[] {
  const otherwise = document.components.schemas.ContactInfo.properties.category['x-crm-category-enum']?.otherwise;
  const enums = new Map<string, CategoryEnum>();
  for (const infoType of document.components.schemas.ContactInfoType['x-enum-varnames'] as string[]) {
    const categories = categoriesOfInfoType(infoType, document);
    if (!enums.has(categories.enumName)) enums.set(categories.enumName, { categories, infoTypes: [], otherwise: categories.enumName === otherwise });
    enums.get(categories.enumName)!.infoTypes.push(infoType);
  }
  return [...enums.values()];
}

/**
 * The parts of an address, in the contract's order: the members of Address that ContactInfo does not
 * have (Address is an Address contact information unfolded; category, categoryName and isPrimary are the
 * information's own, the rest is what its data's JSON holds).
 */
export function addressParts(document: OpenApiDocument = loadContract()): string[] {
  const { Address, ContactInfo } = document.components.schemas;
  return Object.keys(Address.properties).filter((member) => !(member in ContactInfo.properties));
}

