// @ts-check
// The contract's numeric facts that code must read, not restate: the bounds of its query parameters (maximum,
// maxItems, maxLength, default...), the HRESULT of each error example, and the header room derived from them.
// Taken from the bundled contract when the config loads, so a changed bound changes the rule.
import { categoryEnums, emptyGuid, errorFacts, loadContract, maxRequestHeaderBytes } from '@crm-contacts/contract';

/** Numbers this small are everywhere (ports, percentages, counts of things); the rule ignores them. */
export const SMALLEST = 100;

/** Bounds that are also a unit everywhere in code, never read as the contract's: 1024 bytes in a KiB (`data`'s maxLength). */
export const UNITS = new Set([1024]);

const BOUND_KEYS = new Set(['maximum', 'minimum', 'maxItems', 'maxLength', 'minLength', 'default']);

/**
 * Every numeric bound of the query parameters: `{ parameter: 'count', name: 'count', key: 'maximum', value: 1000 }`.
 * (The schemas' bounds are HTTP statuses of ErrorEnvelope, not limits: only the parameters'.)
 * @returns {{ parameter: string, name: string, key: string, value: number }[]}
 */
export function parameterBounds(document = loadContract()) {
  /** @type {{ parameter: string, name: string, key: string, value: number }[]} */
  const bounds = [];
  for (const [parameter, definition] of Object.entries(document.components.parameters)) {
    const walk = (/** @type {unknown} */ node, key = '') => {
      if (Array.isArray(node)) node.forEach((item) => walk(item));
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
      else if (typeof node === 'number' && BOUND_KEYS.has(key)) bounds.push({ parameter, name: definition.name, key, value: node });
    };
    walk(definition);
  }
  return bounds;
}

/**
 * Each fact as its value and where the contract states it, e.g. `{ value: 1000, facts: ['count.maximum', ...] }`.
 * @returns {{ value: number, facts: string[] }[]}
 */
export function restatedFacts(document = loadContract()) {
  /** @type {Map<number, string[]>} */
  const found = new Map();
  const add = (/** @type {number} */ value, /** @type {string} */ fact) => {
    const number = Math.abs(value);
    if (number < SMALLEST || UNITS.has(number)) return;
    found.set(number, [...(found.get(number) ?? []), fact]);
  };
  for (const { parameter, key, value } of parameterBounds(document)) add(value, `${parameter}.${key}`);
  for (const [kind, { hresult }] of Object.entries(errorFacts(document))) add(hresult, `the HRESULT of ${kind}`);
  add(maxRequestHeaderBytes(document), 'the request header room, maxRequestHeaderBytes()');
  return [...found].map(([value, facts]) => ({ value, facts: [...new Set(facts)] })).sort((a, b) => a.value - b.value);
}

/**
 * no-restricted-syntax entries: the number as a literal (`1000`, `1_000`, `1e3`), as a string (`'1000'`), or inside
 * a string or template (`'at most 1000 tags'`, `` `${n} of 1,000` ``).
 * @param {{ value: number, facts: string[] }[]} facts
 */
export function restatedFactSelectors(facts) {
  return facts.flatMap(({ value, facts: where }) => {
    const message = `${value} restates a fact of the contract (${where.join(', ')}): read it from @crm-contacts/contract (contractLimits, errorFacts, maxRequestHeaderBytes)`;
    const spellings = [...new Set([String(value), value.toLocaleString('en-US')])].join('|');
    const inText = `/(?<![\\d.,_])(?:${spellings})(?![\\d_]|[.,]\\d)/`;
    return [
      // an operand of * or / is a unit conversion (milliseconds to microseconds), never a bound
      { selector: `Literal[raw=/^\\d/][value=${value}]:not(BinaryExpression[operator='*'] > Literal, BinaryExpression[operator='/'] > Literal)`, message },
      { selector: `Literal[value=${inText}]`, message },
      { selector: `TemplateElement[value.cooked=${inText}]`, message },
    ];
  });
}

/**
 * The contract's facts that are text, each with where it is read: the empty guid (in any string or template) and
 * each category label that is not its name (`Delivery`, as a whole string). `descending` is left out: the
 * emulator's query vocabulary spells it until its reader is typed from the contract (issue 18 point 1).
 * @returns {{ text: string, whole: boolean, fact: string }[]}
 */
export function restatedTexts(document = loadContract()) {
  const texts = [{ text: emptyGuid(document), whole: false, fact: "responsibleid's x-crm-empty-guid: read it with emptyGuid()" }];
  for (const { categories } of categoryEnums(document)) {
    for (const [name, value] of Object.entries(categories.values)) {
      const label = categories.labels[value];
      if (label !== name) texts.push({ text: label, whole: true, fact: `${categories.enumName}'s x-crm-labels: read it with categoriesOfInfoType().labels` });
    }
  }
  return texts;
}

/**
 * no-restricted-syntax entries for the text facts: a string or template holding the text (the whole string for a label).
 * @param {{ text: string, whole: boolean, fact: string }[]} texts
 */
export function restatedTextSelectors(texts) {
  return texts.flatMap(({ text, whole, fact }) => {
    const message = `'${text}' restates a fact of the contract (${fact}, from @crm-contacts/contract)`;
    const pattern = text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    const matching = whole ? `/^${pattern}$/` : `/${pattern}/`;
    return [{ selector: `Literal[value=${matching}]`, message }, { selector: `TemplateElement[value.cooked=${matching}]`, message }];
  });
}
