// A parameter's `x-crm-empty-guid` / `x-crm-descending` is a value its description states in prose; code
// reads the extension (packages/contract's emptyGuid(), descendingSortOrder()). This rule holds the two to
// each other and the value to the parameter's schema, so neither can drift alone.
const EXTENSIONS = ['x-crm-empty-guid', 'x-crm-descending'];

export default function valueMatchesProse(parameter, _opts, context) {
  return EXTENSIONS.flatMap((extension) => {
    const value = parameter?.[extension];
    if (value === undefined) return [];
    const path = [...context.path, extension];
    const schema = parameter.schema ?? {};
    const problems = [];
    if (typeof value !== 'string' || !String(parameter.description ?? '').includes(`\`${value}\``)) {
      problems.push({ message: `${parameter.name}'s ${extension} (${value}) is not stated in its description`, path });
    }
    if (typeof value === 'string' && schema.maxLength !== undefined && value.length > schema.maxLength) {
      problems.push({ message: `${parameter.name}'s ${extension} is longer than its maxLength`, path });
    }
    if (schema.examples && !schema.examples.includes(value)) {
      problems.push({ message: `${parameter.name}'s ${extension} is not one of its schema's examples`, path });
    }
    return problems;
  });
}
