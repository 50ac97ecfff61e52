/** The request header that selects a scenario; a request without it sees the start-up data. */
export const SCENARIO_HEADER = 'X-Emulator-Scenario';
