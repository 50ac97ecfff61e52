// @crm-contacts/contract-test: the verifier as a library (what crm-contract-test runs), and the pieces
// this repository's own contract tests build on (Dredd with the contract hooks, the query arbitraries).
export { RequestBudget, BudgetSpent } from './budget/requestBudget.js';
export { runDredd, type DreddOptions } from './dredd/runDredd.js';
export { planTransaction, READ_ONLY_SIGN_IN, type Plan, type PlanContext } from './dredd/transactionPlan.js';
export { parseTransactionName, type TransactionKey } from './dredd/transactionName.js';
export { checkAnswersPerContract } from './property/answersPerContract.js';
export { allIds, getList, queryString, type Contact, type ListAnswer, type Send } from './property/client.js';
export { invalidQuery, parametersOf, sparseQuery, validQuery, type Query } from './property/queryArbitraries.js';
export { jsonReport, type JsonReportContext } from './report/jsonReport.js';
export { junitReport } from './report/junitReport.js';
export { formatReport } from './report/printReport.js';
export { countOutcomes, type CheckResult, type Outcome, type ToolRun } from './report/toolRun.js';
export { authorizationFor, signIn, type SignInAnswer } from './target/authorization.js';
export type { Credentials, Target, TargetKind, TargetUser } from './target/target.js';
export { getPaths, verify, type Verification, type VerifyOptions } from './verify.js';
export { DEFAULT_MAX_REQUESTS, DEFAULT_RATE, readCliOptions, UsageError, type CliOptions } from './cliOptions.js';
