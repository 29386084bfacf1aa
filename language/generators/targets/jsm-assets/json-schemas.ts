/**
 * JSON Schemas for the two files of the `jsm-assets` target, written from
 * Atlassian's "External Imports - Schema and mapping" guide and the fields of
 * its 2023_10_19 "Imports Schema and Mapping definition". Atlassian's schema
 * leaves objects open; these are closed (additionalProperties: false) so a
 * misspelt field fails here instead of being ignored by Assets, and they
 * require the external ids this target always writes.
 */
import { IMPORT_SCHEMA_URL } from './document.js';

const text = { type: 'string', minLength: 1 };

const ATTRIBUTE_TYPES = [
    'text', 'integer', 'boolean', 'double', 'date', 'time', 'date_time', 'url', 'email', 'textarea', 'select',
    'ipaddress', 'referenced_object', 'status',
];

export const schemaAndMappingSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://itsm-dsl.github.io/schemas/jsm-assets/schema-and-mapping.schema.json',
    title: 'Assets external import: schema and mapping (2023_10_19, with external ids)',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'schema', 'mapping'],
    properties: {
        $schema: { const: IMPORT_SCHEMA_URL },
        schema: {
            type: 'object',
            additionalProperties: false,
            required: ['objectSchema'],
            properties: {
                objectSchema: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name', 'description', 'objectTypes'],
                    properties: {
                        name: text,
                        description: { type: 'string' },
                        objectTypes: { type: 'array', minItems: 1, items: { $ref: '#/definitions/objectType' } },
                    },
                },
                statusSchema: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['statuses'],
                    properties: {
                        statuses: {
                            type: 'array',
                            minItems: 1,
                            items: {
                                type: 'object',
                                additionalProperties: false,
                                required: ['name', 'description', 'category'],
                                properties: {
                                    name: text,
                                    description: { type: 'string' },
                                    category: { enum: ['active', 'inactive', 'pending'] },
                                },
                            },
                        },
                    },
                },
            },
        },
        mapping: {
            type: 'object',
            additionalProperties: false,
            required: ['objectTypeMappings'],
            properties: {
                objectTypeMappings: { type: 'array', items: { $ref: '#/definitions/objectTypeMapping' } },
            },
        },
    },
    definitions: {
        objectType: {
            type: 'object',
            additionalProperties: false,
            required: ['externalId', 'name', 'description'],
            properties: {
                externalId: text,
                name: text,
                description: { type: 'string' },
                iconKey: text,
                attributes: { type: 'array', items: { $ref: '#/definitions/attribute' } },
                children: { type: 'array', items: { $ref: '#/definitions/objectType' } },
            },
        },
        attribute: {
            type: 'object',
            additionalProperties: false,
            required: ['externalId', 'name', 'description', 'type'],
            properties: {
                externalId: text,
                name: text,
                description: { type: 'string' },
                type: { enum: ATTRIBUTE_TYPES },
                typeValues: { type: 'array', items: text },
                label: { type: 'boolean' },
                referenceObjectTypeName: text,
                referenceObjectTypeExternalId: text,
                minimumCardinality: { type: 'integer', minimum: 0 },
                maximumCardinality: { type: 'integer', minimum: -1, not: { const: 0 } },
                unique: { type: 'boolean' },
            },
            allOf: [
                {
                    if: { properties: { type: { const: 'referenced_object' } } },
                    then: { anyOf: [{ required: ['referenceObjectTypeExternalId'] }, { required: ['referenceObjectTypeName'] }] },
                    else: { not: { anyOf: [{ required: ['referenceObjectTypeExternalId'] }, { required: ['referenceObjectTypeName'] }] } },
                },
                {
                    if: { required: ['typeValues'] },
                    then: { properties: { type: { const: 'status' } } },
                },
            ],
        },
        objectTypeMapping: {
            type: 'object',
            additionalProperties: false,
            required: ['objectTypeExternalId', 'objectTypeName', 'selector', 'description', 'attributesMapping'],
            properties: {
                objectTypeExternalId: text,
                objectTypeName: text,
                selector: { type: 'string', pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$' },
                description: { type: 'string' },
                attributesMapping: {
                    type: 'array',
                    minItems: 1,
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['attributeExternalId', 'attributeName', 'attributeLocators'],
                        properties: {
                            attributeExternalId: text,
                            attributeName: text,
                            attributeLocators: { type: 'array', minItems: 1, items: text },
                            externalIdPart: { type: 'boolean' },
                            objectMappingIQL: text,
                        },
                    },
                },
            },
        },
    },
};

/** The data chunk: `{"data": {"<selector>": [records]}}`, records flat, values scalars, null or lists of names. */
export const dataSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://itsm-dsl.github.io/schemas/jsm-assets/data.schema.json',
    title: 'Assets external import: data chunk submitted to submitResults',
    type: 'object',
    additionalProperties: false,
    required: ['data'],
    properties: {
        data: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
            additionalProperties: {
                type: 'array',
                items: {
                    type: 'object',
                    propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                    required: ['name', 'qualifiedName'],
                    properties: { name: text, qualifiedName: text },
                    additionalProperties: {
                        anyOf: [
                            { type: ['string', 'number', 'boolean', 'null'] },
                            { type: 'array', items: { type: 'string' } },
                        ],
                    },
                },
            },
        },
    },
};
