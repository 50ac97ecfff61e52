// `crm contacts by-info`: GET api/2.0/crm/contact/bycontactinfo.
import { ContactInfoTypeName, type ByContactInfoQuery } from '@crm-contacts/client';
import { categoriesOfInfoType, categoryEnums } from '@crm-contacts/contract';
import { Option, type Command } from 'commander';
import type { CliStreams } from '../cliStreams.js';
import { enumArgument, enumValue, namesOf, type NamedValues } from '../contractValues.js';
import { CliError, ExitCode } from '../exitCodes.js';
import { columnsFor, writePage } from '../output/formats.js';
import { fieldsOption, filterByOption, filterOpOption, genericQuery, kindOption, sortOption, sortOrderOf, updatedSinceOption, type ListOptions } from './listOptions.js';
import { callServer } from './serverCall.js';
import { countOption, formatOption, startOption } from './sharedOptions.js';

/** Each flag and the query parameter of the contract it sets (test/flags.test.ts checks them against the bundle). */
// `--type` is the info type here (its first flag), so the framework's `type` is `--kind`.
export const BY_INFO_FLAGS = {
  type: 'infoType', data: 'data', category: 'category', primary: 'isPrimary', start: 'startIndex', count: 'count',
  sort: 'sortBy', desc: 'sortOrder', filterValue: 'filterValue', fields: 'fields', kind: 'type', filterBy: 'filterBy', filterOp: 'filterOp', updatedSince: 'updatedSince',
} as const;

interface ByInfoOptions extends ListOptions { type: string; data?: string; category?: string; primary?: boolean; start?: number; count?: number; kind?: string; filterValue?: string }

const EXAMPLES = `
Examples:
  crm contacts by-info --type email --data acme.com
  crm contacts by-info --type phone --data 555 --category mobile --primary
  crm contacts by-info --type address --data berlin --category office --format csv
  crm contacts by-info --type email --kind company --sort displayName --fields id,displayName`;

/** The category names of an info type and their numbers: the enum the contract's x-crm-category-enum gives it. */
export const categoriesOf = (infoType: string): NamedValues => categoriesOfInfoType(infoType).values;

/** `--category`'s help: each category enum's names, after the info types it serves, the mapping's `otherwise` last. */
function categoryHelp(): string {
  const enums = categoryEnums();
  const forTypes = (infoTypes: string[]) => `for ${infoTypes.map((t) => t.toLowerCase()).join(', ')}`;
  return [...enums.filter((e) => !e.otherwise), ...enums.filter((e) => e.otherwise)]
    .map((e) => `${e.otherwise ? 'for the rest' : forTypes(e.infoTypes)} ${namesOf(e.categories.values)}`).join('; ');
}

export function byInfoQuery(options: ByInfoOptions): ByContactInfoQuery {
  let category: number | undefined;
  if (options.category !== undefined) {
    const names = categoriesOf(options.type);
    try {
      category = Number(enumValue(names, options.category));
    } catch {
      throw new CliError(`--category '${options.category}' is not a category of ${options.type.toLowerCase()}: expected one of: ${namesOf(names)}`, ExitCode.Usage);
    }
  }
  const query = {
    ...genericQuery(options, options.kind),
    infoType: options.type as ContactInfoTypeName, data: options.data, category, isPrimary: options.primary, startIndex: options.start, count: options.count,
    sortOrder: sortOrderOf(options), filterValue: options.filterValue,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as unknown as ByContactInfoQuery;
}

export function addByInfoCommand(contacts: Command, streams: CliStreams): Command {
  return contacts
    .command('by-info')
    .description('find contacts by their contact information (GET api/2.0/crm/contact/bycontactinfo)')
    .addOption(new Option('--type <type>', `the kind of information: ${namesOf(ContactInfoTypeName)}`).argParser(enumArgument(ContactInfoTypeName)).makeOptionMandatory())
    .addOption(new Option('--data <text>', 'text the information contains (any case)'))
    .addOption(new Option('--category <category>', `its category, by name or number: ${categoryHelp()}`))
    .addOption(new Option('--primary', 'only primary information'))
    .addOption(new Option('--no-primary', 'only information that is not primary'))
    .addOption(startOption())
    .addOption(countOption())
    .addOption(sortOption('a member (id order without it)'))
    .addOption(new Option('--desc', 'sort descending (with --sort)'))
    .addOption(new Option('--filter-value <values>', 'the values --filter-by compares, comma-separated (any of them)'))
    .addOption(fieldsOption())
    .addOption(kindOption('--kind'))
    .addOption(filterByOption('--filter-value'))
    .addOption(filterOpOption())
    .addOption(updatedSinceOption())
    .addOption(formatOption())
    .addHelpText('after', EXAMPLES)
    .action(async (options: ByInfoOptions, command: Command) => {
      const query = byInfoQuery(options);
      await callServer(command, streams, async ({ crm, format, out }) => writePage(await crm.contacts.byContactInfo(query, { format: format === 'xml' ? 'xml' : 'json' }), format, out, columnsFor(options.fields)));
    });
}
