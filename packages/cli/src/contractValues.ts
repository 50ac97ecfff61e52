// What the command line accepts, from the contract: enum names from the generated types (re-exported by
// the client), whole-number ranges from the bundled parameters' schemas. A wrong value is refused with
// the valid ones listed.
import { loadContract, queryParameter } from '@crm-contacts/contract';
import { InvalidArgumentError } from 'commander';

export type NamedValues = Readonly<Record<string, string | number>>;

/** The names, as the help and the errors show them (lower case; any case is accepted). */
export const namesOf = (values: NamedValues): string => Object.keys(values).map((name) => name.toLowerCase()).join(', ');

/** The value of `text` as a name of `values` in any case, or (for numeric enums) as one of its numbers. */
export function enumValue(values: NamedValues, text: string): string | number {
  const key = Object.keys(values).find((name) => name.toLowerCase() === text.trim().toLowerCase());
  if (key !== undefined) return values[key];
  const asNumber = Number(text);
  if (text.trim() !== '' && Object.values(values).includes(asNumber)) return asNumber;
  throw new InvalidArgumentError(`expected one of: ${namesOf(values)}`);
}

export const enumArgument = (values: NamedValues) => (text: string) => enumValue(values, text);

/** The integer range the contract gives a query parameter. */
export function parameterRange(parameter: string): { minimum: number; maximum: number } {
  const { schema } = queryParameter(parameter);
  if (schema?.type !== 'integer') throw new Error(`the contract's ${parameter} is not an integer`);
  return { minimum: schema.minimum ?? Number.MIN_SAFE_INTEGER, maximum: schema.maximum ?? Number.MAX_SAFE_INTEGER };
}

export function integerArgument(parameter: string) {
  const { minimum, maximum } = parameterRange(parameter);
  return (text: string): number => {
    const value = Number(text);
    if (!/^\s*-?\d+\s*$/.test(text) || value < minimum || value > maximum) {
      throw new InvalidArgumentError(`expected a whole number from ${minimum} to ${maximum} (the contract's ${parameter})`);
    }
    return value;
  };
}
