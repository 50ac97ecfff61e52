// ContactInfo.category's `x-crm-category-enum` says which category enum applies to which info type, and
// an enum's `x-crm-labels` which values the server labels other than by name; code reads both through
// packages/contract's categoriesOfInfoType(). This rule holds them to the schemas they name.
const refName = (schema) => (typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : undefined);

function mappingProblems(schemas) {
  if (!schemas.ContactInfo) return []; // another document on this ruleset (the control API)
  const category = schemas.ContactInfo.properties?.category;
  const mapping = category?.['x-crm-category-enum'];
  const path = ['components', 'schemas', 'ContactInfo', 'properties', 'category', 'x-crm-category-enum'];
  if (!mapping) return [{ message: 'ContactInfo.category has no x-crm-category-enum', path }];
  const infoTypes = schemas.ContactInfoType?.['x-enum-varnames'] ?? [];
  const alternatives = (category.anyOf ?? []).map(refName).filter(Boolean);
  const named = [...Object.values(mapping.byInfoType ?? {}), mapping.otherwise];
  return [
    ...Object.keys(mapping.byInfoType ?? {}).filter((type) => !infoTypes.includes(type))
      .map((type) => ({ message: `x-crm-category-enum names ${type}, which is not a ContactInfoType`, path })),
    ...named.filter((name) => !alternatives.includes(name))
      .map((name) => ({ message: `x-crm-category-enum names ${name}, which is not one of category's anyOf (${alternatives.join(', ')})`, path })),
    ...alternatives.filter((name) => !named.includes(name))
      .map((name) => ({ message: `category's anyOf has ${name}, which x-crm-category-enum gives no info type`, path })),
  ];
}

function labelProblems(schemas) {
  return Object.entries(schemas).flatMap(([name, schema]) => Object.keys(schema?.['x-crm-labels'] ?? {})
    .filter((value) => !(schema['x-enum-varnames'] ?? []).includes(value))
    .map((value) => ({ message: `${name}'s x-crm-labels relabels ${value}, which is not one of its x-enum-varnames`, path: ['components', 'schemas', name, 'x-crm-labels'] })));
}

export default function categoryEnumByInfoType(schemas) {
  return [...mappingProblems(schemas ?? {}), ...labelProblems(schemas ?? {})];
}
