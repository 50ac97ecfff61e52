// Generated from control-api/openapi.yaml by scripts/controlTypes.ts (`pnpm generate`). Do not edit.
export interface paths {
    "/__emulator/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the loaded scenarios
         * @description Every scenario in the store of record, by name.
         */
        get: operations["listScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__emulator/scenarios/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name, the value of X-Emulator-Scenario. */
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        /**
         * Read a scenario
         * @description The scenario's listing and the fixtures document it was loaded from.
         */
        get: operations["readScenario"];
        /**
         * Load a scenario
         * @description Checks the fixtures document whole (its JSON Schema, then references and uniqueness), builds the scenario's data in memory, stores the document, and only then serves the new version: requests on other scenarios, and requests already answering from the old version, are not disturbed. `replace` serves the document's data alone; `merge` lays it over the emulator's generated data (its seed and size), as the `--fixtures` option does. A bad document is refused with every problem named, and nothing of it is loaded.
         */
        put: operations["loadScenario"];
        post?: never;
        /**
         * Delete a scenario
         * @description The scenario is no longer served, by this emulator or by other replicas on the same database.
         */
        delete: operations["deleteScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__emulator/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset to the start-up data
         * @description Deletes every scenario and every fault rule added at run time; the start-up data, which scenarios never change, and the start-up faults are all that is left. The journal is kept (DELETE /__emulator/journal clears it).
         */
        post: operations["resetEmulator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__emulator/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the request journal
         * @description The CRM requests the emulator answered, oldest first (newest last), at most the journal's capacity (`CRM_JOURNAL_SIZE`, the oldest forgotten first); filtered by scenario, path prefix, method and status. Credentials are masked: an entry never holds a whole token.
         */
        get: operations["readJournal"];
        put?: never;
        post?: never;
        /**
         * Clear the request journal
         * @description Forgets every entry; the journal keeps recording.
         */
        delete: operations["clearJournal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__emulator/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the fault rules
         * @description The start-up faults (`CRM_LATENCY_MS`, `CRM_ERROR_RATE`: the default rule, applied to every CRM request) and the rules added at run time, in the order they are tried.
         */
        get: operations["listFaultRules"];
        put?: never;
        /**
         * Add a fault rule
         * @description From now on, CRM requests that match (in the rule's scenario, or the start-up data when it names none; and the operation, path and query parameter when given) are delayed, answered with the status (the API's error envelope; 401 as the plain text `Unauthorized`), or have their connection dropped, for the next `times` matching requests or until the rule is deleted. Rules are tried in the order they were added: every matching rule's latency is served, then the first status or drop.
         */
        post: operations["addFaultRule"];
        /**
         * Delete every fault rule
         * @description Deletes the rules added at run time; the start-up faults stay.
         */
        delete: operations["deleteFaultRules"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__emulator/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The rule's id, as adding it answered. */
                id: components["parameters"]["faultRuleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a fault rule
         * @description The rule no longer applies.
         */
        delete: operations["deleteFaultRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The error envelope: `{"status":1,"statusCode":400,"error":{...}}`, with no `response`. */
        ErrorEnvelope: {
            /**
             * Format: int32
             * @description 1 for an error.
             * @constant
             */
            status: 1;
            /**
             * Format: int32
             * @description The HTTP status, repeated.
             */
            statusCode: number;
            error: components["schemas"]["ErrorDetail"];
        };
        /** @description One CRM request the emulator answered. */
        JournalEntry: {
            /**
             * Format: date-time
             * @description When the request arrived.
             */
            time: string;
            /** @description The scenario that answered it (by header or base URL); null for the start-up data. */
            scenario: string | null;
            /** @description The HTTP method. */
            method: string;
            /** @description The CRM path, without the query and without a scenario's base URL. */
            path: string;
            /** @description The query string without its `?`, with `asc_auth_key` masked. */
            query: string;
            /** @description The contract's operation that answered it; null for a path the contract does not have. */
            operationId: string | null;
            /** @description The request headers that matter to the answer (authorization, cookie, accept, content-type, origin, x-emulator-scenario), credentials masked to their first characters. */
            headers: {
                [key: string]: string;
            };
            /**
             * Format: int32
             * @description The status answered (0 when a fault rule dropped the connection).
             */
            status: number;
            /**
             * Format: double
             * @description Milliseconds from the request's arrival to the answer's end.
             */
            durationMs: number;
        };
        /** @description Which CRM requests a fault applies to, what happens to them, and how many times. A status and `drop` exclude each other; latency goes with either. No other member is accepted. */
        FaultRuleRequest: components["schemas"]["FaultRuleFields"];
        /** @description The members of a fault rule as it is sent. */
        FaultRuleFields: {
            /** @description The scenario whose requests it applies to; without it, the start-up data's (never another scenario's). */
            scenario?: string;
            /** @description The contract's operation (`filterContacts` also matches its `.json` and `.xml` forms); one the contract does not have is refused. */
            operationId?: string;
            /** @description The CRM path, exactly (without the query and without a scenario's base URL); one the contract does not have is refused. */
            path?: string;
            /** @description A query parameter the request must carry (its name in any case, as the server reads them). */
            query?: {
                /** @description The parameter's name. */
                name: string;
                /** @description Its value, exactly; any value when absent. */
                value?: string;
            };
            /** @description What happens to a matching request. */
            fault: {
                /**
                 * Format: int32
                 * @description Milliseconds to wait before answering (or dropping).
                 */
                latencyMs?: number;
                /**
                 * Format: int32
                 * @description Answer this status with the API's error envelope (401 with its plain text `Unauthorized`).
                 */
                status?: number;
                /** @description Close the connection without an answer. */
                drop?: boolean;
            };
            /**
             * Format: int32
             * @description Apply to this many matching requests, then delete the rule; until deleted when absent.
             */
            times?: number;
        };
        /** @description A fault rule in force. */
        FaultRule: components["schemas"]["FaultRuleFields"] & {
            /**
             * Format: uuid
             * @description The rule's id, for deleting it.
             */
            id: string;
            /**
             * Format: int32
             * @description How many more matching requests it applies to (absent when it applies until deleted).
             */
            remaining?: number;
        };
        /** @description A loaded scenario. */
        ScenarioListing: {
            /** @description The scenario's name. */
            name: string;
            /**
             * @description The document's mode.
             * @enum {string}
             */
            mode: "replace" | "merge";
            /**
             * Format: int32
             * @description 1 on the first load, one more on every load of the same name.
             */
            version: number;
            /**
             * Format: date-time
             * @description When this version was loaded.
             */
            updatedAt: string;
        };
        /** @description A loaded scenario, with what this process holds of it. */
        ScenarioInMemory: components["schemas"]["ScenarioListing"] & {
            /**
             * Format: int64
             * @description Bytes this process holds for the scenario (its engine, estimated, and its written fragments); 0 when it has not built it or dropped it to stay within CRM_SCENARIO_MEMORY_MB (it is built again from the stored document on its next request).
             */
            memoryBytes: number;
        };
        /** @description A scenario just loaded. */
        ScenarioSummary: components["schemas"]["ScenarioListing"] & {
            /**
             * Format: int32
             * @description How many contacts it holds.
             */
            contacts: number;
            /**
             * Format: int32
             * @description How many users it holds.
             */
            users: number;
            /**
             * Format: double
             * @description Milliseconds spent checking the document and building the scenario's data.
             */
            buildMillis: number;
        };
        /** @description What went wrong. */
        ErrorDetail: {
            /** @description The error's message; for a bad parameter it names the parameter. */
            message: string;
            /**
             * Format: int32
             * @description The .NET HRESULT of the exception (-2147024809 for a bad argument).
             */
            hresult?: number;
            /** @description Extra data of the exception; usually empty. */
            data?: Record<string, unknown>;
            /** @description The exception's .NET type; the real server sends it only in debug mode. */
            type?: string;
            /** @description The exception's stack trace; the real server sends it only in debug mode. */
            stack?: string;
        };
    };
    responses: {
        /** @description The scenarios, by name. */
        ScenarioList: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description One entry per scenario, by name. */
                    scenarios: components["schemas"]["ScenarioInMemory"][];
                };
            };
        };
        /** @description The journal's entries, oldest first. */
        Journal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * Format: int32
                     * @description The most entries it keeps (CRM_JOURNAL_SIZE); 0 when it is switched off.
                     */
                    capacity: number;
                    /** @description The matching entries, oldest first. */
                    entries: components["schemas"]["JournalEntry"][];
                };
            };
        };
        /** @description The start-up faults and the rules in force. */
        FaultRules: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description The start-up faults, applied to every CRM request. */
                    defaults: {
                        /**
                         * Format: int32
                         * @description CRM_LATENCY_MS.
                         */
                        latencyMs: number;
                        /**
                         * Format: double
                         * @description CRM_ERROR_RATE.
                         */
                        errorRate: number;
                    };
                    /**
                     * Format: int32
                     * @description The most rules the emulator keeps (CRM_FAULT_RULES_MAX).
                     */
                    capacity: number;
                    /** @description The rules, in the order they are tried. */
                    rules: components["schemas"]["FaultRule"][];
                };
            };
        };
        /** @description The rule, now in force. */
        FaultRuleAdded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FaultRule"];
            };
        };
        /** @description How many rules were deleted. */
        FaultRulesDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * Format: int32
                     * @description How many rules were deleted.
                     */
                    deleted: number;
                };
            };
        };
        /** @description The rule is malformed (the message names the field), or the emulator holds as many rules as it may. */
        BadRule: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No rule has that id. */
        UnknownFaultRule: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The document was refused and nothing of it loaded (`error.data.problems` names every problem by its JSON pointer), or the name is not a scenario name. */
        BadDocument: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The document is larger than the configured limit (CRM_SCENARIO_MAX_MB, 16 by default). */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The body is not sent as application/json. */
        NotJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The scenario. */
        Scenario: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScenarioListing"] & {
                    /** @description The fixtures document, as it was loaded. */
                    document: Record<string, unknown>;
                };
            };
        };
        /** @description How many scenarios and fault rules were deleted. */
        ResetDone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /**
                     * Format: int32
                     * @description How many scenarios were deleted.
                     */
                    deleted: number;
                    /**
                     * Format: int32
                     * @description How many fault rules were deleted.
                     */
                    faultRules?: number;
                };
            };
        };
        /** @description Loaded (201 the first time the name is loaded, 200 when it replaced an earlier version). */
        ScenarioLoaded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ScenarioSummary"];
            };
        };
        /** @description The name is not a scenario name, or the request is malformed; the message says which. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No valid credentials of the start-up data. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The caller is not an administrator. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No scenario of that name is loaded. */
        UnknownScenario: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The store of record (PostgreSQL) cannot be reached; requests answered from memory go on. Try again when it is back. */
        StoreUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description An unexpected failure (a bug). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @description The scenario's name, the value of X-Emulator-Scenario. */
        name: string;
        /** @description Only the requests answered from this scenario. */
        journalScenario: string;
        /** @description Only the requests whose path (without the query and the scenario's base URL) starts with this. */
        journalPath: string;
        /** @description Only the requests of this method. */
        journalMethod: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
        /** @description Only the requests answered with this status. */
        journalStatus: number;
        /** @description At most this many entries, the newest. */
        journalLimit: number;
        /** @description The rule's id, as adding it answered. */
        faultRuleId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ScenarioList"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["StoreUnavailable"];
        };
    };
    readScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name, the value of X-Emulator-Scenario. */
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Scenario"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnknownScenario"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["StoreUnavailable"];
        };
    };
    loadScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name, the value of X-Emulator-Scenario. */
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        /** @description A fixtures document (`apps/emulator/src/data/fixtures.schema.json`, described in FIXTURES.md). */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description replace (the document's data alone) or merge (over the generated data).
                     * @enum {string}
                     */
                    mode: "replace" | "merge";
                };
            };
        };
        responses: {
            200: components["responses"]["ScenarioLoaded"];
            201: components["responses"]["ScenarioLoaded"];
            400: components["responses"]["BadDocument"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["NotJson"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["StoreUnavailable"];
        };
    };
    deleteScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The scenario's name, the value of X-Emulator-Scenario. */
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnknownScenario"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["StoreUnavailable"];
        };
    };
    resetEmulator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ResetDone"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["StoreUnavailable"];
        };
    };
    readJournal: {
        parameters: {
            query?: {
                /** @description Only the requests answered from this scenario. */
                scenario?: components["parameters"]["journalScenario"];
                /** @description Only the requests whose path (without the query and the scenario's base URL) starts with this. */
                path?: components["parameters"]["journalPath"];
                /** @description Only the requests of this method. */
                method?: components["parameters"]["journalMethod"];
                /** @description Only the requests answered with this status. */
                status?: components["parameters"]["journalStatus"];
                /** @description At most this many entries, the newest. */
                limit?: components["parameters"]["journalLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Journal"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    clearJournal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    listFaultRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FaultRules"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    addFaultRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRuleRequest"];
            };
        };
        responses: {
            201: components["responses"]["FaultRuleAdded"];
            400: components["responses"]["BadRule"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["NotJson"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteFaultRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FaultRulesDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteFaultRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The rule's id, as adding it answered. */
                id: components["parameters"]["faultRuleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnknownFaultRule"];
            500: components["responses"]["ServerError"];
        };
    };
}
