/**
 * JSON Schemas (draft-07) of OpenSLO v1 `Service` and `SLO` objects, written
 * from the OpenSLO specification (README of github.com/OpenSLO/OpenSLO,
 * sections "General Schema", "duration-shorthand", "SLO", "Objectives", "SLI",
 * "Service") and the validation rules of the OpenSLO Go SDK
 * (github.com/OpenSLO/go-sdk, pkg/openslo/v1). Closed objects everywhere the
 * specification lists the fields; `metricSource.spec` stays open, as the
 * specification leaves it to each data source.
 */

const DNS_LABEL = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 };
const DURATION_SHORTHAND = { type: 'string', pattern: '^[1-9][0-9]*[mhdwMQY]$' };
const DESCRIPTION = { type: 'string', maxLength: 1050 };
const LABEL_VALUE = { type: 'string', minLength: 1 };

const metadata = {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: {
        name: DNS_LABEL,
        displayName: { type: 'string', minLength: 1, maxLength: 63 },
        labels: {
            type: 'object',
            propertyNames: { pattern: '^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$' },
            additionalProperties: { oneOf: [LABEL_VALUE, { type: 'array', items: LABEL_VALUE }] },
        },
        annotations: {
            type: 'object',
            propertyNames: {
                allOf: [
                    { pattern: '^(.{0,253}/)?.{0,63}$' },
                    { pattern: '^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$' },
                ],
            },
            additionalProperties: { type: 'string' },
        },
    },
};

const metricSpec = {
    type: 'object',
    required: ['metricSource'],
    additionalProperties: false,
    properties: {
        metricSource: {
            type: 'object',
            required: ['spec'],
            additionalProperties: false,
            properties: {
                metricSourceRef: DNS_LABEL,
                type: { type: 'string', minLength: 1 },
                spec: { type: 'object', minProperties: 1 },
            },
            anyOf: [{ required: ['type'] }, { required: ['metricSourceRef'] }],
        },
    },
};

const sliSpec = {
    type: 'object',
    additionalProperties: false,
    properties: {
        description: DESCRIPTION,
        thresholdMetric: metricSpec,
        ratioMetric: {
            type: 'object',
            additionalProperties: false,
            properties: {
                counter: { type: 'boolean' },
                good: metricSpec,
                bad: metricSpec,
                total: metricSpec,
                rawType: { enum: ['success', 'failure'] },
                raw: metricSpec,
            },
            oneOf: [
                { required: ['good', 'total'], not: { anyOf: [{ required: ['bad'] }, { required: ['raw'] }, { required: ['rawType'] }] } },
                { required: ['bad', 'total'], not: { anyOf: [{ required: ['good'] }, { required: ['raw'] }, { required: ['rawType'] }] } },
                { required: ['raw', 'rawType'], not: { anyOf: [{ required: ['good'] }, { required: ['bad'] }, { required: ['total'] }] } },
            ],
        },
    },
    oneOf: [{ required: ['thresholdMetric'] }, { required: ['ratioMetric'] }],
};

const inlineIndicator = {
    type: 'object',
    required: ['metadata', 'spec'],
    additionalProperties: false,
    properties: { metadata, spec: sliSpec },
};

const objective = {
    type: 'object',
    additionalProperties: false,
    properties: {
        displayName: { type: 'string', minLength: 1 },
        op: { enum: ['lte', 'gte', 'lt', 'gt'] },
        value: { type: 'number' },
        target: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
        targetPercent: { type: 'number', minimum: 0, exclusiveMaximum: 100 },
        timeSliceTarget: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        timeSliceWindow: { oneOf: [DURATION_SHORTHAND, { type: 'number', exclusiveMinimum: 0 }] },
        indicator: inlineIndicator,
        indicatorRef: DNS_LABEL,
        compositeWeight: { type: 'number', exclusiveMinimum: 0 },
    },
    oneOf: [{ required: ['target'] }, { required: ['targetPercent'] }],
};

const timeWindow = {
    type: 'array',
    minItems: 1,
    maxItems: 1,
    items: {
        oneOf: [
            {
                type: 'object',
                required: ['duration', 'isRolling'],
                additionalProperties: false,
                properties: { duration: DURATION_SHORTHAND, isRolling: { const: true } },
            },
            {
                type: 'object',
                required: ['duration', 'calendar'],
                additionalProperties: false,
                properties: {
                    duration: DURATION_SHORTHAND,
                    isRolling: { const: false },
                    calendar: {
                        type: 'object',
                        required: ['startTime', 'timeZone'],
                        additionalProperties: false,
                        properties: {
                            // Go's time.DateTime layout: no time zone in the text, the zone is `timeZone`.
                            startTime: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$' },
                            // A name of the IANA time zone database (`Europe/London`, `UTC`).
                            timeZone: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$' },
                        },
                    },
                },
            },
        ],
    },
};

const header = (kind: string) => ({
    apiVersion: { const: 'openslo/v1' },
    kind: { const: kind },
    metadata,
});

export const openSloServiceSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://itsm.example/schemas/openslo/v1/service.schema.json',
    title: 'OpenSLO v1 Service as written by itsm',
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata'],
    additionalProperties: false,
    properties: {
        ...header('Service'),
        spec: { type: 'object', additionalProperties: false, properties: { description: DESCRIPTION } },
    },
};

export const openSloSloSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://itsm.example/schemas/openslo/v1/slo.schema.json',
    title: 'OpenSLO v1 SLO as written by itsm',
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    additionalProperties: false,
    properties: {
        ...header('SLO'),
        spec: {
            type: 'object',
            required: ['service', 'budgetingMethod', 'objectives'],
            additionalProperties: false,
            properties: {
                description: DESCRIPTION,
                service: { type: 'string', minLength: 1 },
                indicator: inlineIndicator,
                indicatorRef: DNS_LABEL,
                timeWindow,
                budgetingMethod: { enum: ['Occurrences', 'Timeslices', 'RatioTimeslices'] },
                objectives: { type: 'array', minItems: 1, items: objective },
                alertPolicies: { type: 'array', items: { type: 'object' } },
            },
            // A standard SLO names its indicator once, inline or by reference (composite SLOs are not written).
            oneOf: [{ required: ['indicator'] }, { required: ['indicatorRef'] }],
            allOf: [
                {
                    if: { properties: { budgetingMethod: { const: 'Timeslices' } } },
                    then: { properties: { objectives: { items: { required: ['timeSliceTarget', 'timeSliceWindow'] } } } },
                },
                {
                    // With a ratio indicator the objective has a target only: no operator, no threshold value.
                    if: { required: ['indicator'], properties: { indicator: { properties: { spec: { required: ['ratioMetric'] } } } } },
                    then: { properties: { objectives: { items: { not: { anyOf: [{ required: ['op'] }, { required: ['value'] }] } } } } },
                },
                {
                    if: { properties: { budgetingMethod: { const: 'RatioTimeslices' } } },
                    then: { properties: { objectives: { items: { required: ['timeSliceWindow'] } } } },
                },
            ],
        },
    },
};
