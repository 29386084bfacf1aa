/**
 * How the `cherwell` target finds the internal IDs of a Cherwell instance.
 * Business-object IDs, field IDs and relationship IDs differ per instance, so
 * the user exports them (GET /api/V1/getbusinessobjectsummary/busobname/{name}
 * and GET /api/V1/getbusinessobjectschema/busobid/{id}) into a mapping file.
 * Without a mapping (or where it has no entry) the Cherwell *name* stands in
 * for the ID, and the manifest lists every such place under `warnings`.
 */

/** A field in the mapping: its field ID, or the ID and the name to write in place of the default one. */
export type CherwellFieldMapping = string | { fieldId: string; name?: string };

export interface CherwellBusObMapping {
    busObId: string;
    /** By the field names this target writes (see docs/targets/cherwell.md). */
    fields?: Record<string, CherwellFieldMapping>;
    /** By the relationship names this target uses on this (parent) business object. */
    relationships?: Record<string, string>;
}

export interface CherwellMapping {
    /** By Cherwell business-object name: Service, SLA, SLATargetTime, ConfigServer, … */
    businessObjects?: Record<string, CherwellBusObMapping>;
    /** itsm CI class (qualified name) → Cherwell business-object name; default `Config` + the class's simple name. */
    ciClasses?: Record<string, string>;
    /** Value lists: itsm value → the instance's value, where it differs from the defaults. */
    values?: {
        serviceStatus?: Record<string, string>;
        ciStatus?: Record<string, string>;
        agreementType?: Record<string, string>;
    };
}

/** No mapping: every ID is the name, and the manifest says so. */
export const DEFAULT_CHERWELL_MAPPING: CherwellMapping = {};

export interface ResolvedField { fieldId: string; name: string }

/** Looks IDs up in a mapping, remembering every place where a name had to stand in for an ID. */
export class MappingResolver {
    private readonly missingBusOb = new Set<string>();
    private readonly missingFields = new Map<string, Set<string>>();
    private readonly missingRelationships = new Map<string, Set<string>>();

    constructor(readonly mapping: CherwellMapping) {}

    get provided(): boolean {
        return Object.keys(this.mapping.businessObjects ?? {}).length > 0;
    }

    busObId(busOb: string): string {
        const id = this.mapping.businessObjects?.[busOb]?.busObId;
        if (id) return id;
        this.missingBusOb.add(busOb);
        return busOb;
    }

    field(busOb: string, field: string): ResolvedField {
        const entry = this.mapping.businessObjects?.[busOb]?.fields?.[field];
        if (typeof entry === 'string' && entry) return { fieldId: entry, name: field };
        if (entry && typeof entry === 'object' && entry.fieldId) return { fieldId: entry.fieldId, name: entry.name ?? field };
        add(this.missingFields, busOb, field);
        return { fieldId: field, name: field };
    }

    relationshipId(busOb: string, relationship: string): string {
        const id = this.mapping.businessObjects?.[busOb]?.relationships?.[relationship];
        if (id) return id;
        add(this.missingRelationships, busOb, relationship);
        return relationship;
    }

    ciBusOb(ciClass: string, simpleName: string): string {
        return this.mapping.ciClasses?.[ciClass] ?? `Config${pascalCase(simpleName)}`;
    }

    value(list: keyof NonNullable<CherwellMapping['values']>, itsmValue: string, fallback: string): string {
        return this.mapping.values?.[list]?.[itsmValue] ?? fallback;
    }

    /** One line per business object and kind of gap, sorted. */
    warnings(): string[] {
        const lines: string[] = [];
        if (!this.provided) lines.push('No Cherwell mapping was given: every busObId, fieldId and relationshipId below is a name, not an ID. Export the IDs of your instance into a mapping file (see docs/targets/cherwell.md) before loading.');
        for (const busOb of [...this.missingBusOb].sort()) lines.push(`${busOb}: no busObId in the mapping; the name "${busOb}" is written in its place`);
        for (const [busOb, fields] of sortedEntries(this.missingFields)) lines.push(`${busOb}: no fieldId in the mapping for ${[...fields].sort().join(', ')}; the field names are written in their place`);
        for (const [busOb, rels] of sortedEntries(this.missingRelationships)) lines.push(`${busOb}: no relationshipId in the mapping for ${[...rels].sort().join(', ')}; the relationship names are written in their place`);
        return lines;
    }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
}

function sortedEntries<T>(map: Map<string, T>): Array<[string, T]> {
    return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `os` → `Os`, `max-users` → `MaxUsers`, `ipAddress` → `IpAddress`: a Cherwell-style field or object name. */
export function pascalCase(text: string): string {
    const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return words.map(w => w[0].toUpperCase() + w.slice(1)).join('') || 'Value';
}

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const id = { type: 'string', minLength: 1 };
const valueMap = { type: 'object', additionalProperties: { type: 'string', minLength: 1 } };

/** JSON Schema of a mapping file, for the CLI to check a file before passing it on. */
export const cherwellMappingSchema = {
    $schema: DRAFT,
    title: 'itsm cherwell target: mapping of names to the IDs of a Cherwell instance',
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        businessObjects: {
            type: 'object',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['busObId'],
                properties: {
                    busObId: id,
                    fields: {
                        type: 'object',
                        additionalProperties: {
                            oneOf: [id, {
                                type: 'object', additionalProperties: false, required: ['fieldId'],
                                properties: { fieldId: id, name: id },
                            }],
                        },
                    },
                    relationships: { type: 'object', additionalProperties: id },
                },
            },
        },
        ciClasses: { type: 'object', additionalProperties: id },
        values: {
            type: 'object',
            additionalProperties: false,
            properties: { serviceStatus: valueMap, ciStatus: valueMap, agreementType: valueMap },
        },
    },
};
