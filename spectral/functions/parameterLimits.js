// Inputs must be bounded (OWASP API4): the emulator rejects what exceeds these limits with a 400
// instead of spending memory or SQL parameters on it.
function problems(schema, where) {
  if (!schema || typeof schema !== 'object') return [];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.flatMap((s, i) => problems(s, `${where}.anyOf[${i}]`));
  const type = schema.type;
  if (type === 'string' && schema.maxLength === undefined && !schema.enum && schema.const === undefined && !schema.format) {
    return [`${where}: a string parameter needs maxLength, enum, const or format`];
  }
  if (type === 'integer' && !schema.enum && (schema.minimum === undefined || schema.maximum === undefined)) {
    return [`${where}: an integer parameter needs minimum and maximum`];
  }
  if (type === 'array') {
    const own = schema.maxItems === undefined ? [`${where}: an array parameter needs maxItems`] : [];
    return [...own, ...problems(schema.items, `${where}.items`)];
  }
  return [];
}

export default function parameterLimits(schema, _opts, context) {
  return problems(schema, 'schema').map((message) => ({ message, path: context.path }));
}
