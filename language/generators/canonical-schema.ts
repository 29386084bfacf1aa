/**
 * The JSON Schema (draft-07) of the canonical model, published as
 * schemas/canonical-model.schema.json. Strict: unknown properties are errors,
 * so the schema and `canonical-model.ts` cannot drift apart unnoticed.
 */
import { CANONICAL_SCHEMA_VERSION } from './canonical-model.js';

const name = { type: 'string', minLength: 1 };
const names = { type: 'array', items: name };
const text = { type: 'string' };
const source = {
    type: 'object', additionalProperties: false, required: ['file', 'line'],
    properties: { file: text, line: { type: 'integer', minimum: 1 } },
};
const duration = {
    type: 'object', additionalProperties: false, required: ['seconds', 'text'],
    properties: { seconds: { type: 'integer', minimum: 1 }, text: text },
};
const percent = { type: 'number', exclusiveMinimum: 0, maximum: 100 };

function definition(required: string[], properties: Record<string, unknown>) {
    return { type: 'object', additionalProperties: false, required: ['name', 'source', ...required], properties: { name, source, ...properties } };
}

export const canonicalModelSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/itsm-dsl/itsm-language/blob/main/schemas/canonical-model.schema.json',
    title: 'ITSM canonical model',
    description: `The resolved service catalogue written by \`itsm generate --target json\` (schema version ${CANONICAL_SCHEMA_VERSION}).`,
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'generator', 'packages', 'calendars', 'holidayLists', 'teams', 'changeAuthorities',
        'priorityMatrices', 'ciClasses', 'cis', 'relationships', 'services', 'agreements', 'workflows',
        'continuityPlans', 'kpis'],
    properties: {
        schemaVersion: { const: CANONICAL_SCHEMA_VERSION },
        generator: {
            type: 'object', additionalProperties: false, required: ['name', 'version'],
            properties: { name: { const: 'itsm' }, version: text },
        },
        packages: names,
        calendars: { type: 'array', items: definition(['always', 'weekly', 'holidayLists', 'hoursPerWeek'], {
            timezone: text, always: { type: 'boolean' }, description: text,
            weekly: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['days', 'from', 'to'],
                properties: { days: names, from: text, to: text },
            } },
            holidayLists: names,
            hoursPerWeek: { type: 'number', minimum: 0, maximum: 168 },
        }) },
        holidayLists: { type: 'array', items: definition(['days'], {
            days: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['date'],
                properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, label: text },
            } },
        }) },
        teams: { type: 'array', items: definition([], { lead: text, email: text, phone: text, hours: name, description: text }) },
        changeAuthorities: { type: 'array', items: definition(['emergency', 'members'], {
            title: text, emergency: { type: 'boolean' }, members: names, description: text,
        }) },
        priorityMatrices: { type: 'array', items: definition(['priorities', 'urgencies', 'impacts', 'cells'], {
            priorities: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['name', 'rank'],
                properties: { name, label: text, rank: { type: 'integer', minimum: 1 } },
            } },
            urgencies: names,
            impacts: names,
            cells: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['impact', 'urgency', 'priority'],
                properties: { impact: name, urgency: name, priority: name },
            } },
        }) },
        ciClasses: { type: 'array', items: definition(['attributes'], {
            extends: name, description: text,
            attributes: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['name', 'type', 'required'],
                properties: {
                    name,
                    type: { enum: ['string', 'integer', 'decimal', 'boolean', 'date', 'ipv4', 'ipv6', 'url', 'email'] },
                    required: { type: 'boolean' },
                    inheritedFrom: name,
                },
            } },
        }) },
        cis: { type: 'array', items: definition(['class', 'status', 'attributes', 'hostingChain'], {
            class: name,
            environment: { enum: ['production', 'staging', 'test', 'development', 'dr'] },
            status: { enum: ['planned', 'operational', 'maintenance', 'decommissioned'] },
            owner: name, description: text,
            attributes: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
            hostingChain: names,
        }) },
        relationships: { type: 'array', items: {
            type: 'object', additionalProperties: false, required: ['source', 'type', 'target'],
            properties: {
                source: name,
                type: { enum: ['runs-on', 'hosted-on', 'depends-on', 'connects-to', 'member-of'] },
                target: name,
                redundancyGroup: name,
            },
        } },
        services: { type: 'array', items: definition(['status', 'dependencies', 'realizedBy', 'offerings', 'computed'], {
            kind: { enum: ['business', 'technical'] },
            status: { enum: ['pipeline', 'live', 'retired'] },
            tier: { type: 'number' },
            owner: name, support: name, description: text,
            availability: { type: 'number' },
            rto: duration, rpo: duration, continuityPlan: name,
            dependencies: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['mode', 'services'],
                properties: { mode: { enum: ['all', 'any'] }, services: names },
            } },
            realizedBy: names,
            offerings: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['name', 'slas', 'requestItems'],
                properties: { name, audience: text, slas: names, description: text, requestItems: { type: 'array', items: {
                    type: 'object', additionalProperties: false, required: ['name', 'approvals'],
                    properties: {
                        name, title: text, fulfilment: name, approvals: names, fulfilWithin: duration, fulfilledBy: name, description: text,
                    },
                } } },
            } },
            computed: {
                type: 'object', additionalProperties: false, required: ['dependencyClosure', 'dependants'],
                properties: {
                    availabilityCeiling: percent, dependencyClosure: names, dependants: names,
                    recoveryFloor: {
                        type: 'object', additionalProperties: false, required: ['seconds', 'origin'],
                        properties: { seconds: { type: 'integer', minimum: 1 }, origin: name },
                    },
                },
            },
        }) },
        agreements: { type: 'array', items: definition(['type', 'targets', 'underpinnedBy'], {
            type: { enum: ['SLA', 'OLA', 'UC'] },
            service: name, provider: name, vendor: text, priorityMatrix: name, hours: name, description: text,
            availability: {
                type: 'object', additionalProperties: false, required: ['percent'],
                properties: { percent: { type: 'number' }, period: { enum: ['day', 'week', 'month', 'quarter', 'year'] } },
            },
            targets: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['priority'],
                properties: { priority: name, response: duration, resolve: duration },
            } },
            underpinnedBy: names,
        }) },
        workflows: { type: 'array', items: definition(['process', 'states', 'transitions'], {
            process: { enum: ['change', 'release', 'incident', 'problem', 'request'] },
            type: { enum: ['standard', 'normal', 'emergency', 'major', 'minor'] },
            description: text,
            change: name,
            states: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: [
                    'name', 'initial', 'final', 'implementation', 'resolved', 'knownError', 'validation', 'deployment', 'approvals',
                ],
                properties: {
                    name, initial: { type: 'boolean' }, final: { type: 'boolean' }, implementation: { type: 'boolean' },
                    resolved: { type: 'boolean' }, knownError: { type: 'boolean' }, validation: { type: 'boolean' },
                    deployment: { type: 'boolean' }, approvals: names,
                },
            } },
            transitions: { type: 'array', items: {
                type: 'object', additionalProperties: false, required: ['from', 'to'],
                properties: { from: name, to: name, fromAny: { const: true } },
            } },
        }) },
        continuityPlans: { type: 'array', items: definition(['services'], {
            document: text, owner: name, recoverySite: text, description: text,
            tested: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            services: names,
        }) },
        kpis: { type: 'array', items: definition([], {
            service: name, process: name, owner: name, description: text,
            measure: {
                type: 'object', additionalProperties: false, required: ['kind'],
                properties: {
                    kind: { enum: ['response', 'resolution', 'availability', 'restore-time', 'success-rate'] },
                    agreement: name, priority: name, within: duration,
                },
            },
            target: {
                type: 'object', additionalProperties: false, required: ['direction'],
                properties: {
                    direction: { enum: ['>=', '<='] }, percent: { type: 'number' }, duration,
                    period: { enum: ['day', 'week', 'month', 'quarter', 'year'] },
                },
            },
        }) },
    },
} as const;
