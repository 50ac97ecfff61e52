export { startMock, type MockOptions, type RunningMock } from './startMock.js';
export { startMockWithDocs, MOCK_TOKEN, type RunningMockWithDocs } from './mockWithDocs.js';
