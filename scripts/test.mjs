#!/usr/bin/env node
// `npm test`: install what is missing, then lint and every test (run under a supported Node by
// with-supported-node.mjs). The imports run in order; run-tests ends the process with turbo's outcome.
import './ensure-install.mjs';
import './run-tests.mjs';
