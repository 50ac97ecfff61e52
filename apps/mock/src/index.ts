export { startMock, type MockOptions, type RunningMock } from './startMock.js';
export { startMockWithDocs, MOCK_TOKEN, type RunningMockWithDocs } from './mockWithDocs.js';
export { startValidatingProxy, PROXY_JOURNAL_PATH, type ProxyEntry, type ProxyOptions, type RunningProxy } from './validatingProxy.js';
