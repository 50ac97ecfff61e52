// parseApiDate with the contract's ApiDateInput pattern: which texts the API accepts as dates is the
// contract's to say (apiDate/apiDate.ts only splits and converts what the pattern admitted).
import { parseApiDateWith } from './apiDate/index.js';
import { loadContract } from './loadContract.js';

let apiDateInput: RegExp | undefined;

/** Epoch microseconds (UTC) of a date text the API accepts, or undefined for anything else; a text without a zone is in `timeZone`. */
export function parseApiDate(text: string, timeZone: string): number | undefined {
  apiDateInput ??= new RegExp(loadContract().components.schemas.ApiDateInput.pattern, 'u');
  return parseApiDateWith(apiDateInput, text, timeZone);
}
