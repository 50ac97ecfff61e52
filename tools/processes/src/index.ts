// Starting servers and tools as child processes, one way for every tool (bench, contract tests, consumer
// test): execa runs them, a server counts as started at the first output line its `ready` pattern matches,
// and stopping sends SIGTERM, then SIGKILL if it lingers. Go tools (oasdiff, actionlint) are built once with go install.
export { startServer, type RunningServer, type StartServerOptions } from './startServer.js';
export { run, type RunOptions, type RunResult } from './run.js';
export { freePort } from './freePort.js';
export { ensureGoTool, goAvailable, goToolBin, type GoTool } from './goTool.js';
