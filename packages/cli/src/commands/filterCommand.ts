// `crm contacts filter`: GET api/2.0/crm/contact/filter, one page or (--all) every page, streamed.
import { ContactListViewName, MAX_PAGE_SIZE, type FilterContactsQuery } from '@crm-contacts/client';
import { emptyGuid } from '@crm-contacts/contract';
import { Option, type Command } from 'commander';
import { enumArgument, integerArgument, namesOf } from '../contractValues.js';
import { CliError, ExitCode } from '../exitCodes.js';
import { columnsFor, writePage, writeStream } from '../output/formats.js';
import { fieldsOption, filterByOption, filterOpOption, genericQuery, kindOption, sortOption, sortOrderOf, updatedSinceOption, type ListOptions } from './listOptions.js';
import type { CliStreams } from '../cliStreams.js';
import { progressLine } from '../progress.js';
import { callServer } from './serverCall.js';
import { collect, countOption, formatOption, startOption } from './sharedOptions.js';

/** Each flag and the query parameter of the contract it sets (test/flags.test.ts checks them against the bundle). */
export const FILTER_FLAGS = {
  tag: 'tags', view: 'contactListView', stage: 'contactStage', contactType: 'contactType', from: 'fromDate', to: 'toDate',
  responsible: 'responsibleid', shared: 'isShared', search: 'filterValue', sort: 'sortBy', desc: 'sortOrder', start: 'startIndex', count: 'count',
  fields: 'fields', type: 'type', filterBy: 'filterBy', filterOp: 'filterOp', updatedSince: 'updatedSince',
} as const;

interface FilterOptions extends ListOptions {
  tag?: string[]; view?: string; stage?: number; contactType?: number; from?: string; to?: string; responsible?: string;
  shared?: boolean; search?: string; start?: number; count?: number; all?: boolean; pageSize: number; type?: string;
}

const EXAMPLES = `
Examples:
  crm contacts filter --tag vip --view company
  crm contacts filter --tag vip --tag emea --view company --stage 2 --from 2024-01-01 --to 2024-06-30 \\
      --responsible 9924256a-739c-462b-af15-e652a3b1b6eb --shared --search "acme" --sort created --desc --start 0 --count 25
  crm contacts filter --all --format ndjson > contacts.ndjson     # every contact, page after page
  crm contacts filter --view person --format csv --count 100 > people.csv
  crm contacts filter --all --fields id,displayName --format csv > names.csv   # only those members, and those columns
  crm contacts filter --sort isCompany --search acme,true --filter-by isCompany   # a member sort: the framework filters`;

export function filterQuery(options: FilterOptions): FilterContactsQuery {
  if (options.desc && !options.sort) throw new CliError('--desc needs --sort: without a sort key the server lists newest first and ignores the order', ExitCode.Usage);
  const query: FilterContactsQuery = {
    ...genericQuery(options, options.type),
    tags: options.tag, contactListView: options.view as ContactListViewName | undefined, contactStage: options.stage, contactType: options.contactType,
    fromDate: options.from, toDate: options.to, responsibleid: options.responsible, isShared: options.shared, filterValue: options.search,
    sortOrder: sortOrderOf(options), startIndex: options.start, count: options.count,
  };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as FilterContactsQuery;
}

export function addFilterCommand(contacts: Command, streams: CliStreams): Command {
  return contacts
    .command('filter')
    .description('list the contacts matching a filter (GET api/2.0/crm/contact/filter), newest first unless --sort says otherwise')
    .addOption(new Option('--tag <tag>', 'carrying this tag; repeat for several (a contact must carry all)').argParser(collect))
    .addOption(new Option('--view <view>', `which contacts: ${namesOf(ContactListViewName)}`).argParser(enumArgument(ContactListViewName)))
    .addOption(new Option('--stage <id>', 'at this stage (0: no stage)').argParser(integerArgument('contactStage')))
    .addOption(new Option('--contact-type <id>', 'of this contact type (0: no type)').argParser(integerArgument('contactType')))
    .addOption(new Option('--from <date>', 'created at or after this date (yyyy-mm-dd or a date-time)'))
    .addOption(new Option('--to <date>', 'created up to the end of this day'))
    .addOption(new Option('--responsible <guid>', `managed by this user (${emptyGuid()}: by no one)`))
    .addOption(new Option('--shared', 'only contacts everyone may see'))
    .addOption(new Option('--no-shared', 'only private contacts'))
    .addOption(new Option('--search <text>', 'names with words starting with these words (before the first comma); also the values --filter-by compares'))
    .addOption(sortOption('a sort key (the database sorts) or a member (the framework sorts the whole list, and then --filter-by applies)'))
    .addOption(new Option('--desc', 'sort descending (with --sort)'))
    .addOption(fieldsOption())
    .addOption(kindOption('--type'))
    .addOption(filterByOption('--search'))
    .addOption(filterOpOption())
    .addOption(updatedSinceOption())
    .addOption(startOption())
    .addOption(countOption())
    .addOption(new Option('--all', 'every matching contact, fetched page after page and written as they come').conflicts(['start', 'count']))
    .addOption(new Option('--page-size <n>', 'contacts per request with --all').argParser(integerArgument('count')).default(MAX_PAGE_SIZE))
    .addOption(formatOption())
    .addHelpText('after', EXAMPLES)
    .action(async (options: FilterOptions, command: Command) => {
      const query = filterQuery(options);
      await callServer(command, streams, async ({ crm, format, out, stderr }) => {
        const columns = columnsFor(options.fields);
        if (!options.all) return writePage(await crm.contacts.filter(query, { format: format === 'xml' ? 'xml' : 'json' }), format, out, columns);
        const progress = progressLine(stderr);
        await writeStream(crm.contacts.filterEach(query, { pageSize: options.pageSize, onPage: progress.page }), format, out, columns);
        progress.done();
      });
    });
}
