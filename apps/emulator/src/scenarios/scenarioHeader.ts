import { scenarioSelection } from '../http/controlContract.js';

/** The request header that selects a scenario (the control document's `x-scenario-selection`); a request without it sees the start-up data. */
export const SCENARIO_HEADER: string = scenarioSelection().header;
