// A `XName` schema lists the names a parameter may give instead of X's numbers; the emulator maps a name
// to its number through X's `x-enum-varnames` (apps/emulator/src/http/enumNumbers.ts). The names are
// written twice in the contract, so this rule holds the two lists to the same names in the same order.
export default function enumNamesMatchNumbers(schemas) {
  return Object.entries(schemas ?? {}).flatMap(([name, schema]) => {
    if (!name.endsWith('Name') || !Array.isArray(schema?.enum)) return [];
    const numbersName = name.slice(0, -'Name'.length);
    const varnames = schemas[numbersName]?.['x-enum-varnames'];
    const path = ['components', 'schemas', name, 'enum'];
    if (!Array.isArray(varnames)) return [{ message: `${name} names the values of ${numbersName}, which has no x-enum-varnames`, path }];
    if (JSON.stringify(varnames) === JSON.stringify(schema.enum)) return [];
    return [{ message: `${name}'s enum (${schema.enum.join(', ')}) differs from ${numbersName}'s x-enum-varnames (${varnames.join(', ')})`, path }];
  });
}
