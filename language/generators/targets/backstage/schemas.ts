/**
 * JSON Schemas (draft-07) of the entity files the backstage target writes,
 * one per kind. Written from Backstage's "Descriptor Format of Catalog
 * Entities" page and checked against the schemas @backstage/catalog-model
 * ships; stricter than Backstage where this target is (closed `metadata`
 * and `spec`, lowercase names, fully qualified entity references), so that a
 * wrong field name or a malformed reference fails the tests.
 */
import type { EntityKind } from './entities.js';

const LABEL = '^[a-z0-9]+(-[a-z0-9]+)*$';
const LABEL_PART = '[a-z0-9]+(-[a-z0-9]+)*';
const refTo = (...kinds: string[]) => ({
    type: 'string',
    pattern: `^(${kinds.join('|')}):${LABEL_PART}/${LABEL_PART}$`,
});
const refList = (...kinds: string[]) => ({ type: 'array', items: refTo(...kinds), uniqueItems: true });
const text = { type: 'string', minLength: 1 };

const metadataSchema = {
    type: 'object',
    required: ['name', 'namespace', 'title', 'annotations'],
    additionalProperties: false,
    properties: {
        name: { type: 'string', pattern: LABEL, maxLength: 63 },
        namespace: { type: 'string', pattern: LABEL, maxLength: 63 },
        title: text,
        description: text,
        tags: {
            type: 'array',
            uniqueItems: true,
            items: { type: 'string', pattern: '^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$', maxLength: 63 },
        },
        annotations: {
            type: 'object',
            // Optional DNS-subdomain prefix and `/`, then `[A-Za-z0-9]` runs joined by `-_.` (at most 63).
            propertyNames: {
                pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$',
            },
            additionalProperties: { type: 'string' },
        },
        links: {
            type: 'array',
            items: {
                type: 'object',
                required: ['url'],
                additionalProperties: false,
                properties: { url: { type: 'string', format: 'uri' }, title: text, icon: text, type: text },
            },
        },
    },
};

const specSchemas: Record<EntityKind, object> = {
    Group: {
        type: 'object',
        required: ['type', 'children'],
        additionalProperties: false,
        properties: {
            type: { const: 'team' },
            profile: {
                type: 'object',
                additionalProperties: false,
                properties: { displayName: text, email: text, picture: text },
            },
            parent: refTo('group'),
            children: refList('group'),
            members: refList('user'),
        },
    },
    System: {
        type: 'object',
        required: ['owner'],
        additionalProperties: false,
        properties: { owner: refTo('group'), domain: refTo('domain'), type: text },
    },
    Component: {
        type: 'object',
        required: ['type', 'lifecycle', 'owner'],
        additionalProperties: false,
        properties: {
            type: { const: 'service' },
            lifecycle: { enum: ['experimental', 'production', 'deprecated'] },
            owner: refTo('group'),
            system: refTo('system'),
            subcomponentOf: refTo('component'),
            providesApis: refList('api'),
            consumesApis: refList('api'),
            dependsOn: refList('component', 'resource'),
            dependencyOf: refList('component', 'resource'),
        },
    },
    Resource: {
        type: 'object',
        required: ['type', 'owner'],
        additionalProperties: false,
        properties: {
            type: { type: 'string', pattern: LABEL },
            owner: refTo('group'),
            system: refTo('system'),
            dependsOn: refList('component', 'resource'),
            dependencyOf: refList('component', 'resource'),
        },
    },
};

export function entitySchema(kind: EntityKind): object {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `https://itsm.example/schemas/backstage/${kind}.v1alpha1.schema.json`,
        title: `Backstage ${kind} entity (backstage.io/v1alpha1) as written by itsm`,
        type: 'object',
        required: ['apiVersion', 'kind', 'metadata', 'spec'],
        additionalProperties: false,
        properties: {
            apiVersion: { const: 'backstage.io/v1alpha1' },
            kind: { const: kind },
            metadata: metadataSchema,
            spec: specSchemas[kind],
        },
    };
}
