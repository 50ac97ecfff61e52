export { startMock, type MockOptions, type RunningMock } from './startMock.js';
