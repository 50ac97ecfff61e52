// What the validating proxy checks of one exchange against the contract: the path and method exist; the
// query parameters (names in any case, as the real server reads them; list forms `tags[]`, `tags[0]`) and
// a JSON or form body validate against their schemas; the answer's status, media type and body (JSON, XML
// read through the schema, or plain text) are ones the contract describes. Each problem is one line.
import { pointerOf, refName, resolveRef, type OpenApiDocument } from '@crm-contacts/contract';
import { validatorFor } from '@crm-contacts/contract/validator';

export interface Exchange {
  method: string;
  /** Without the query. */
  path: string;
  query: [string, string][];
  requestContentType?: string;
  requestBody?: string;
  status: number;
  contentType: string | null;
  body: string;
}

const LIST_FORM = /\[\d*\]$/;

/** A query value as the schema's type reads it; a value that cannot be read stays a string and fails validation. */
function typed(schema: any, text: string): unknown {
  const type = Array.isArray(schema?.type) ? schema.type.find((t: string) => t !== 'null') : schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === 'boolean' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text;
}

function readings(schema: any, text: string): unknown[] {
  const candidates: unknown[] = [typed(schema, text), text];
  if (/^-?\d+(\.\d+)?$/.test(text)) candidates.push(Number(text));
  if (/^(true|false)$/i.test(text)) candidates.push(text.toLowerCase() === 'true');
  return candidates;
}

export function contractCheck(document: OpenApiDocument) {
  const validator = validatorFor(document);

  function requestProblems(exchange: Exchange): string[] {
    const where = `${exchange.method} ${exchange.path}`;
    const item = document.paths[exchange.path];
    if (!item) return [`${where}: the contract has no such path`];
    const operation = item[exchange.method.toLowerCase()];
    if (!operation) return [`${where}: the contract has no ${exchange.method} on this path`];
    const problems: string[] = [];
    const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
    declared.forEach((parameter: any, index: number) => {
      const resolved = parameter.$ref ? resolveRef(document, parameter.$ref) : parameter;
      if (resolved.in !== 'query') return;
      const values = exchange.query.filter(([name]) => name.replace(LIST_FORM, '').toLowerCase() === String(resolved.name).toLowerCase()).map(([, value]) => value);
      if (values.length === 0) {
        if (resolved.required) problems.push(`${where}: query parameter ${resolved.name} is required and missing`);
        return;
      }
      const inItem = index < (item.parameters ?? []).length;
      const pointer = parameter.$ref
        ? pointerOf('components', 'parameters', refName(parameter.$ref), 'schema')
        : pointerOf('paths', exchange.path, ...(inItem ? [] : [exchange.method.toLowerCase()]), 'parameters', inItem ? index : index - (item.parameters ?? []).length, 'schema');
      const schema = resolved.schema?.$ref ? resolveRef(document, resolved.schema.$ref) : resolved.schema;
      const check = validator.validatorAt(pointer);
      // a query value is text: valid when one reading of it (as its schema's type, as text, as a number, as a boolean) is
      const candidates = schema?.type === 'array'
        ? [values.map((v) => typed(schema.items?.$ref ? resolveRef(document, schema.items.$ref) : schema.items, v)), values]
        : readings(schema, values.join(','));
      if (candidates.some((candidate) => check(candidate))) return;
      check(candidates[0]);
      problems.push(...(check.errors ?? []).map((e) => `${where}: query parameter ${resolved.name}${e.instancePath} ${e.message}`));
    });
    const mediaType = (exchange.requestContentType ?? '').split(';')[0].trim().toLowerCase();
    const body = operation.requestBody;
    if (body && exchange.requestBody !== undefined && exchange.requestBody !== '') {
      if (!body.content?.[mediaType]) problems.push(`${where}: the contract takes no ${mediaType || 'untyped'} request body here`);
      else {
        let value: unknown;
        try {
          value = mediaType.includes('json') ? JSON.parse(exchange.requestBody) : Object.fromEntries(new URLSearchParams(exchange.requestBody));
        } catch (error) {
          problems.push(`${where}: request body does not parse: ${(error as Error).message}`);
        }
        if (value !== undefined) {
          const check = validator.validatorAt(pointerOf('paths', exchange.path, exchange.method.toLowerCase(), 'requestBody', 'content', mediaType, 'schema'));
          if (!check(value)) problems.push(...(check.errors ?? []).map((e) => `${where}: request body${e.instancePath} ${e.message}`));
        }
      }
    } else if (body?.required) problems.push(`${where}: the request body is required and missing`);
    return problems;
  }

  function answerProblems(exchange: Exchange): string[] {
    if (!document.paths[exchange.path]?.[exchange.method.toLowerCase()]) return []; // already reported with the request
    return validator.validateResponse({ path: exchange.path, method: exchange.method, status: exchange.status, contentType: exchange.contentType, body: exchange.body }).errors.map((e) => `answer: ${e}`);
  }

  return (exchange: Exchange): string[] => [...requestProblems(exchange).map((p) => `request: ${p}`), ...answerProblems(exchange)];
}
