// The contract's verdict on one answer: status, media type and body (JSON or XML, read with the
// contract's XML codec) against the schema of that path, method, status and media type.
import { mediaTypeOf, type ContractValidator } from '@crm-contacts/contract/validator';

export interface Answer {
  statusCode: number;
  contentType: string | null | undefined;
  body: string;
}

export interface Expectation {
  path: string;
  method: string;
  status: number;
  mediaType: string;
}

/** One line per problem; empty when the answer is what the contract says. */
export function checkAnswer(validator: ContractValidator, expected: Expectation, answer: Answer): string[] {
  const errors: string[] = [];
  if (answer.statusCode !== expected.status) errors.push(`status ${answer.statusCode}, expected ${expected.status}`);
  const mediaType = mediaTypeOf(answer.contentType);
  if (mediaType !== expected.mediaType) errors.push(`content type ${answer.contentType ?? '(none)'}, expected ${expected.mediaType}`);
  const verdict = validator.validateResponse({
    path: expected.path,
    method: expected.method,
    status: answer.statusCode,
    contentType: answer.contentType ?? null,
    body: answer.body,
  });
  return [...errors, ...verdict.errors];
}
