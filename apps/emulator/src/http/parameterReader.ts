// Reads an operation's query parameters the way the real server does, driven by the contract's
// parameter schemas: names in any case, `x=` as absent, `tags[]`/`tags[0]` list forms, enum names in any
// case or by number, strict booleans and integers, lenient paging. A bad value is a BadParameterError
// naming the parameter. What it returns is the operation's query as the generated types describe it, with
// the enum names the contract pairs with numbers (`ContactListViewName` with `ContactListView`) as numbers.
import type { ValidateFunction } from 'ajv';
import { derefSchema, loadContract, refName, type OpenApiDocument } from '@crm-contacts/contract';
import { validatorFor } from '@crm-contacts/contract/validator';
import type { components, operations } from '@crm-contacts/types';
import type { ParameterSpec } from './operations.js';
import { BadParameterError } from './errors.js';

const INTEGER = /^\s*[+-]?\d+\s*$/;
const BOOLEAN = /^(true|false)$/i;
const LIST_SUFFIX = /\[\d*\]$/;

export type ParameterValues = Record<string, unknown>;

type Schemas = components['schemas'];
/** The name enums the contract pairs with a numeric enum of the same name less `Name`. */
type PairedEnumNames = { [K in keyof Schemas & string]: `${K}Name` extends keyof Schemas ? Schemas[`${K}Name`] : never }[keyof Schemas & string];
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** Parameters the contract gives a default, which the reader fills in when absent (parameterReader.test holds this list to the contract). */
export const DEFAULTED_PARAMETERS = ['startIndex', 'count'] as const;

/** What the reader returns for an operation: its query as the contract types it, enum names read as their numbers. */
export type ContractQuery<Op extends keyof operations> = { [K in keyof Query<Op>]: Exclude<Query<Op>[K], PairedEnumNames> }
  & { [K in (typeof DEFAULTED_PARAMETERS)[number] & keyof Query<Op>]-?: Exclude<Query<Op>[K], undefined> };

interface CompiledParameter extends ParameterSpec {
  key: string; // lower-cased name
  schema: Record<string, any>; // resolved
  validate: (value: unknown) => boolean;
  lastErrors: () => ValidateFunction['errors'];
  isArray: boolean;
  /** The contract's enum table for a name alternative paired with a numeric enum: name → number. */
  enumNumbers: Map<unknown, number>;
}

export class ParameterReader {
  private readonly byKey = new Map<string, CompiledParameter>();

  constructor(parameters: ParameterSpec[], private readonly document: OpenApiDocument = loadContract()) {
    // the contract's one Ajv set-up (its formats, int32 included), shared with every other check
    const { validatorAt } = validatorFor(document);
    for (const parameter of parameters) {
      let validator: ValidateFunction | undefined;
      const schema = this.deref(parameter.schema);
      this.byKey.set(parameter.name.toLowerCase(), {
        ...parameter,
        key: parameter.name.toLowerCase(),
        schema,
        // compiled on the parameter's first value (not at start-up), then kept: no look-up per value
        validate: (value) => (validator ??= validatorAt(parameter.schemaPointer))(value) as boolean,
        lastErrors: () => (validator ??= validatorAt(parameter.schemaPointer)).errors,
        isArray: schema.type === 'array',
        enumNumbers: this.enumNumbers(parameter.schema),
      });
    }
  }

  /** Collects raw values per contract parameter from a query string (and, for POST, a body's fields). */
  collect(sources: Iterable<[string, string]>): Map<CompiledParameter, string[]> {
    const raw = new Map<CompiledParameter, string[]>();
    const bracketed = new Map<CompiledParameter, string[]>();
    for (const [rawName, value] of sources) {
      const bare = rawName.endsWith(']') ? rawName.replace(LIST_SUFFIX, '') : rawName;
      const parameter = this.byKey.get(bare.toLowerCase());
      // unknown names are ignored; `x=` counts as absent, but for the framework's lists (`fields=` keeps nothing)
      if (!parameter || (value === '' && !(parameter.framework && parameter.isArray))) continue;
      const into = parameter.framework && bare !== rawName ? bracketed : raw;
      const values = into.get(parameter) ?? [];
      values.push(value);
      into.set(parameter, values);
    }
    for (const parameter of new Set([...raw.keys(), ...bracketed.keys()])) {
      if (parameter.framework) raw.set(parameter, frameworkValues(parameter, bracketed.get(parameter), raw.get(parameter)));
    }
    return raw;
  }

  read(sources: Iterable<[string, string]>): ParameterValues {
    const raw = this.collect(sources);
    const values: ParameterValues = {};
    for (const parameter of this.byKey.values()) {
      const given = raw.get(parameter);
      if (!given) {
        if (parameter.required) throw new BadParameterError(parameter.name, `Parameter '${parameter.name}' is required`);
        if (parameter.schema.default !== undefined) values[parameter.name] = parameter.schema.default;
        continue;
      }
      // A scalar given twice arrives joined by commas, as ASP.NET's query collection joins it.
      const text = parameter.isArray ? given : given.join(',');
      const coerced = this.coerce(parameter.schema, text);
      const problem = coerced === INVALID ? 'it is not of the right type' : parameter.validate(coerced) ? undefined : describeError(parameter.lastErrors(), parameter.schema);
      if (problem === undefined) {
        values[parameter.name] = parameter.enumNumbers.get(coerced) ?? coerced;
      } else if (parameter.lenient) {
        const capped = typeof coerced === 'number' && parameter.schema.maximum !== undefined && coerced > parameter.schema.maximum;
        if (capped) values[parameter.name] = parameter.schema.maximum;
        else if (parameter.schema.default !== undefined) values[parameter.name] = parameter.schema.default;
      } else {
        throw new BadParameterError(parameter.name, `Value of parameter '${parameter.name}' is not valid: ${quote(text)} (${problem})`);
      }
    }
    return values;
  }

  // `XName` alternatives map through the numeric `X`'s `x-enum-varnames` (held equal to its names by the contract's lint)
  private enumNumbers(schema: Record<string, any>): Map<unknown, number> {
    const numbers = new Map<unknown, number>();
    for (const alternative of schema.anyOf ?? schema.oneOf ?? [schema]) {
      const name = typeof alternative.$ref === 'string' ? refName(alternative.$ref) : undefined;
      const numeric = name?.endsWith('Name') ? this.document.components.schemas[name.slice(0, -'Name'.length)] : undefined;
      numeric?.['x-enum-varnames']?.forEach((varName: string, index: number) => numbers.set(varName, numeric.enum[index]));
    }
    return numbers;
  }

  // each contract schema resolved once: coerce() meets the same few schemas on every request
  private readonly resolved = new WeakMap<Record<string, any>, Record<string, any>>();
  private deref(schema: Record<string, any>): Record<string, any> {
    let found = this.resolved.get(schema);
    if (!found) this.resolved.set(schema, (found = derefSchema(this.document, schema)));
    return found;
  }

  // an enum's names lower-cased once per schema, not once per value read (the first name wins, as find() did)
  private readonly lowerNames = new WeakMap<Record<string, any>, Map<string, string>>();
  private enumByLowerName(schema: Record<string, any>): Map<string, string> {
    let names = this.lowerNames.get(schema);
    if (!names) {
      names = new Map();
      for (const name of schema.enum as string[]) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
      this.lowerNames.set(schema, names);
    }
    return names;
  }

  // Turns query text into the JSON value the schema describes, or INVALID when the text cannot be one.
  private coerce(schemaOrRef: Record<string, any>, text: string | string[]): unknown {
    const schema = this.deref(schemaOrRef);
    if (Array.isArray(text)) {
      if (schema.type !== 'array') return INVALID;
      const items = text.map((t) => this.coerce(schema.items ?? {}, t));
      return items.includes(INVALID) ? INVALID : items;
    }
    const alternatives: Record<string, any>[] | undefined = schema.anyOf ?? schema.oneOf;
    if (alternatives) {
      const resolved = alternatives.map((a) => this.deref(a));
      const ordered = INTEGER.test(text) ? [...resolved].sort((a) => (a.type === 'integer' ? -1 : 1)) : resolved;
      for (const alternative of ordered) {
        const value = this.coerce(alternative, text);
        if (value !== INVALID) return value;
      }
      return INVALID;
    }
    switch (schema.type) {
      case 'integer':
        return INTEGER.test(text) ? Number(text.trim()) : INVALID;
      case 'boolean':
        return BOOLEAN.test(text) ? text.toLowerCase() === 'true' : INVALID;
      case 'string': {
        if (Array.isArray(schema.enum)) {
          // enum names match in any case, as .NET's Enum.Parse(ignoreCase) does
          // ... unless the contract marks the comparison exact (`type=person`)
          if (schema['x-crm-case-sensitive']) return schema.enum.includes(text) ? text : INVALID;
          return this.enumByLowerName(schema).get(text.trim().toLowerCase()) ?? INVALID;
        }
        return text;
      }
      default:
        return text;
    }
  }
}

const INVALID = Symbol('invalid');

// The API framework's own reading (ApiContext): the `x[]` form wins; a plain value is split on commas
// (repeated ones arrive joined); a scalar keeps the first element.
function frameworkValues(parameter: CompiledParameter, bracketed: string[] | undefined, plain: string[] | undefined): string[] {
  const values = bracketed ?? plain!.join(',').split(',');
  return parameter.isArray ? values : values.slice(0, 1);
}

function describeError(errors: ValidateFunction['errors'], schema: Record<string, any>): string {
  const error = errors?.[0];
  if (!error) return 'invalid';
  const where = error.instancePath ? `item ${error.instancePath.slice(1)} ` : '';
  // a pattern (the date grammar) means little to a caller: the contract's examples show the forms it admits
  if (error.keyword === 'pattern' && Array.isArray(schema.examples)) return `${where}not in a form the API accepts, such as ${schema.examples.join(', ')}`;
  return `${where}${error.message ?? 'invalid'}`;
}

function quote(text: string | string[]): string {
  const shown = Array.isArray(text) ? `${text.length} values` : `'${text.length > 80 ? `${text.slice(0, 80)}…` : text}'`;
  return shown;
}
