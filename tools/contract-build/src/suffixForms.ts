// The `.json` and `.xml` forms of each path, generated from the plain path item at bundle time instead of
// hand-kept copies in openapi/paths/. A plain path item opts in with `x-crm-suffix-forms: [json, xml]`; the
// rules below are every way a suffix form differs from its plain path (test/suffixForms.test.ts proves the
// bundle equals the one built from the hand-kept copies). Runs on the bundled document (references local).

// The bundler builds @crm-contacts/contract, so it cannot import that package's resolveRef: the one kind of
// reference it follows, a bundle's local `#/components/responses/<Name>`, is read here and any other refused.
const RESPONSES_REF = '#/components/responses/';
function responseName(ref: string): string {
  const name = ref.slice(RESPONSES_REF.length);
  if (!ref.startsWith(RESPONSES_REF) || /[/~]/.test(name)) throw new Error(`${ref}: a response of a suffix form must be a local ${RESPONSES_REF}<Name> reference`);
  return name;
}

export const SUFFIX_FORMS_KEY = 'x-crm-suffix-forms';

export type SuffixForm = 'json' | 'xml';
const FORMS: Record<SuffixForm, { mediaType: string; name: string; label: string }> = {
  json: { mediaType: 'application/json', name: 'Json', label: 'JSON' },
  xml: { mediaType: 'text/xml', name: 'Xml', label: 'XML' },
};
const PLAIN_MEDIA_TYPES = [FORMS.json.mediaType, FORMS.xml.mediaType];
/** Request bodies of the suffix forms: JSON only (the form-encoded body is the plain path's). */
const SUFFIX_REQUEST_MEDIA_TYPE = FORMS.json.mediaType;
/** The last line of each operation's description: how the representation is chosen. */
const PLAIN_REPRESENTATION = 'JSON by default; XML with `Accept: text/xml` on the emulator (the real server ignores `Accept` and needs the `.xml` suffix).';
const formRepresentation = (form: SuffixForm) => `The \`.${form}\` suffix form: always ${FORMS[form].label}.`;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
type Obj = Record<string, any>;

const withLine = (description: string | undefined, line: string) => `${description ?? ''}${description && !description.endsWith('\n') ? '\n' : ''}${line}\n`;

/** A response that has both a JSON and an XML body gets a twin per form holding one of them; others are shared. */
function narrowResponse(document: Obj, response: Obj, form: SuffixForm): Obj {
  const ref = typeof response.$ref === 'string' ? response.$ref : undefined;
  const target: Obj = ref ? document.components.responses[responseName(ref)] : response;
  const content: Obj | undefined = target.content;
  if (!content || !PLAIN_MEDIA_TYPES.every((type) => type in content)) return response;
  const { mediaType, name } = FORMS[form];
  const twin = { ...target, description: `${target.description} (the \`.${form}\` form)`, content: { [mediaType]: content[mediaType] } };
  if (!ref) return twin;
  const twinName = `${responseName(ref)}${name}`;
  const responses: Obj = (document.components.responses ??= {});
  if (responses[twinName] && JSON.stringify(responses[twinName]) !== JSON.stringify(twin)) throw new Error(`components.responses.${twinName} exists and is not the ${form} form of ${responseName(ref)}`);
  responses[twinName] = twin;
  return { $ref: `${RESPONSES_REF}${twinName}` };
}

function formOperation(document: Obj, operation: Obj, form: SuffixForm): Obj {
  const result: Obj = {
    ...operation,
    operationId: `${operation.operationId}${FORMS[form].name}`,
    summary: `${operation.summary} (.${form})`,
    description: withLine(operation.description, formRepresentation(form)),
    responses: Object.fromEntries(Object.entries(operation.responses ?? {}).map(([status, response]) => [status, narrowResponse(document, response as Obj, form)])),
  };
  if (operation.requestBody?.content) {
    const body = operation.requestBody.content[SUFFIX_REQUEST_MEDIA_TYPE];
    if (!body) throw new Error(`${operation.operationId}: a suffix form takes a ${SUFFIX_REQUEST_MEDIA_TYPE} body, and the plain one has none`);
    result.requestBody = { ...operation.requestBody, content: { [SUFFIX_REQUEST_MEDIA_TYPE]: body } };
  }
  return result;
}

function formPathItem(document: Obj, item: Obj, form: SuffixForm): Obj {
  return Object.fromEntries(Object.entries(item).map(([key, value]) => [key, METHODS.includes(key) ? formOperation(document, value, form) : value]));
}

/** Adds the suffix forms of every path item that asks for them, each right after its plain path; changes the document in place. */
export function addSuffixForms<T extends Obj>(document: T): T {
  const paths: Obj = {};
  for (const [path, item] of Object.entries<Obj>(document.paths ?? {})) {
    const forms: SuffixForm[] | undefined = item[SUFFIX_FORMS_KEY];
    if (!forms) {
      paths[path] = item;
      continue;
    }
    const { [SUFFIX_FORMS_KEY]: _, ...source } = item;
    paths[path] = Object.fromEntries(Object.entries(source).map(([key, value]) => [key, METHODS.includes(key) ? { ...value, description: withLine(value.description, PLAIN_REPRESENTATION) } : value]));
    for (const form of forms) {
      if (!(form in FORMS)) throw new Error(`${path}: ${SUFFIX_FORMS_KEY} names an unknown form '${form}'`);
      const formPath = `${path}.${form}`;
      if (document.paths[formPath]) throw new Error(`${formPath} is generated from ${path}; remove its hand-kept copy`);
      paths[formPath] = formPathItem(document, source, form);
    }
  }
  (document as Obj).paths = paths;
  orderResponsesByUse(document);
  return document;
}

/** Components' responses in the order the paths first use them, as Redocly orders what it bundles (then any unused). */
function orderResponsesByUse(document: Obj): void {
  const responses: Obj | undefined = document.components?.responses;
  if (!responses) return;
  const used = [...JSON.stringify(document.paths).matchAll(/"(#\/components\/responses\/[^"]+)"/g)].map((match) => responseName(match[1]));
  const names = [...new Set([...used.filter((name) => name in responses), ...Object.keys(responses)])];
  document.components.responses = Object.fromEntries(names.map((name) => [name, responses[name]]));
}
