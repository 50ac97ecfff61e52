// Options several commands share: the output format and the page window.
import { Option } from 'commander';
import { integerArgument } from '../contractValues.js';
import { FORMATS } from '../output/formats.js';

export const formatOption = () =>
  new Option('--format <format>', 'table (default at a terminal), json (default in a pipe: the envelope as the server sent it), ndjson (a contact per line), csv, xml')
    .choices(Object.keys(FORMATS));

export const startOption = () => new Option('--start <n>', 'skip this many matches (startIndex)').argParser(integerArgument('startIndex'));
export const countOption = () => new Option('--count <n>', 'at most this many contacts (count; the server never sends more than its maximum)').argParser(integerArgument('count'));

/** Appends each value of a repeated option. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];
