// Node only: a server of the contract's examples, for tests until the emulator lands.
export { startExampleServer, type ExampleServer, type ExampleServerOptions } from './startExampleServer.js';
