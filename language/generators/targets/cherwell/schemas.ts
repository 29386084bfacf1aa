/**
 * JSON Schemas (draft-07) of the files the `cherwell` target writes. The
 * request bodies follow the Cherwell REST API's models (BatchSaveRequest,
 * SaveRequest, RelatedSaveRequest, FieldTemplateItem: see
 * docs/targets/cherwell.md for where they were confirmed); the objects are
 * closed, so a misspelt key is an error. links.json and manifest.json are
 * this target's own formats.
 */
const DRAFT = 'http://json-schema.org/draft-07/schema#';
const id = { type: 'string', minLength: 1 };

/** FieldTemplateItem: value is text in the API (fieldId, name, value, dirty; displayName and html are read-side). */
const fieldTemplateItem = {
    type: 'object',
    additionalProperties: false,
    required: ['fieldId', 'name', 'value', 'dirty'],
    properties: {
        fieldId: id, name: id, value: { type: 'string' }, dirty: { const: true },
        displayName: { type: 'string' }, html: { type: 'string' },
    },
};

const saveRequestProperties = {
    busObId: id,
    busObPublicId: id,
    busObRecId: id,
    cacheKey: { type: 'string' },
    cacheScope: { enum: ['Tenant', 'User', 'Session'] },
    fields: { type: 'array', minItems: 1, items: fieldTemplateItem },
    persist: { type: 'boolean' },
};

export const batchSaveRequestSchema = {
    $schema: DRAFT,
    title: 'Cherwell REST API BatchSaveRequest (POST /api/V1/savebusinessobjectbatch)',
    type: 'object',
    additionalProperties: false,
    required: ['saveRequests', 'stopOnError'],
    properties: {
        saveRequests: {
            type: 'array', minItems: 1,
            items: { type: 'object', additionalProperties: false, required: ['busObId', 'fields', 'persist'], properties: saveRequestProperties },
        },
        stopOnError: { type: 'boolean' },
    },
};

export const relatedSaveRequestsSchema = {
    $schema: DRAFT,
    title: 'Cherwell REST API RelatedSaveRequest bodies (POST each to /api/V1/saverelatedbusinessobject)',
    type: 'array',
    minItems: 1,
    items: {
        type: 'object',
        additionalProperties: false,
        required: ['parentBusObId', 'relationshipId', 'busObId', 'fields', 'persist'],
        anyOf: [{ required: ['parentBusObPublicId'] }, { required: ['parentBusObRecId'] }],
        properties: {
            parentBusObId: id, parentBusObPublicId: id, parentBusObRecId: id, relationshipId: id,
            ...saveRequestProperties,
        },
    },
};

const linkEnd = {
    type: 'object',
    additionalProperties: false,
    required: ['busObId', 'busObName', 'publicId', 'itsmName'],
    properties: { busObId: id, busObName: id, publicId: id, itsmName: id },
};

export const linksSchema = {
    $schema: DRAFT,
    title: 'itsm cherwell target: links between saved records (GET /api/V1/linkrelatedbusinessobject/…)',
    type: 'object',
    additionalProperties: false,
    required: ['links'],
    properties: {
        links: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['kind', 'parent', 'relationshipId', 'relationshipName', 'child'],
                properties: {
                    kind: { enum: ['runs-on', 'hosted-on', 'depends-on', 'connects-to', 'member-of', 'realized-by', 'service-depends-on', 'offering-sla', 'underpinned-by'] },
                    parent: linkEnd, relationshipId: id, relationshipName: id, child: linkEnd, redundancyGroup: id,
                },
            },
        },
    },
};

const text = { type: 'string' };

export const manifestSchema = {
    $schema: DRAFT,
    title: 'itsm cherwell target: load order',
    type: 'object',
    additionalProperties: false,
    required: ['target', 'generator', 'mapping', 'conventions', 'warnings', 'steps', 'notLoaded'],
    properties: {
        target: { const: 'cherwell' },
        generator: {
            type: 'object', additionalProperties: false, required: ['name', 'version'],
            properties: { name: { const: 'itsm' }, version: text },
        },
        mapping: { enum: ['default', 'provided'] },
        conventions: { type: 'object', additionalProperties: text },
        warnings: { type: 'array', items: text },
        steps: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['order', 'file', 'kind', 'method', 'endpoint', 'records'],
                properties: {
                    order: { type: 'integer', minimum: 1 },
                    file: id,
                    kind: { enum: ['batch-save', 'related-save', 'link'] },
                    method: { enum: ['POST', 'GET'] },
                    endpoint: { type: 'string', pattern: '^/api/V1/' },
                    businessObjects: { type: 'array', items: id },
                    records: { type: 'integer', minimum: 0 },
                },
            },
        },
        notLoaded: {
            type: 'object',
            additionalProperties: false,
            required: ['calendars', 'teams', 'priorityMatrices', 'changeAuthorities', 'workflows'],
            properties: {
                calendars: { type: 'array', items: id },
                teams: { type: 'array', items: id },
                priorityMatrices: { type: 'array', items: id },
                changeAuthorities: { type: 'array', items: id },
                workflows: {
                    type: 'array',
                    items: {
                        type: 'object', additionalProperties: false, required: ['name', 'states'],
                        properties: { name: id, type: text, states: { type: 'array', items: id } },
                    },
                },
            },
        },
    },
};
