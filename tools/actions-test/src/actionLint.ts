// An action.yml checked as GitHub reads it: @actions/workflow-parser (GitHub's own parser, the one behind
// its language service) parses it against GitHub's action schema and reports every error with its place.
// It imports its schema JSON without an import attribute, so it runs under a bundler or vitest, not bare Node.
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';

export function actionErrors(file: string, content = readFileSync(file, 'utf8')): string[] {
  const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => error.message);
}
