/**
 * Reading Backstage catalog YAML: every document of every file (`---`
 * between them), with where it starts, and entity references
 * (`[kind:][namespace/]name`). Malformed YAML stops the import with the
 * file, line and column of the first error; a document that is not an
 * entity (no `kind` or `metadata.name`) is kept as a note.
 */
import { parseAllDocuments } from 'yaml';
import { ImportInputError, type ImportSource } from './imported-catalogue.js';

export interface Entity {
    kind: string;
    namespace: string;
    name: string;
    title?: string;
    description?: string;
    annotations: Record<string, string>;
    spec: Record<string, unknown>;
    /** Other `metadata` fields (tags, labels, links …), which have no place: noted. */
    otherMetadata: Record<string, unknown>;
    /** `catalog-info.yaml:12`. */
    where: string;
}

export interface ReadEntities {
    entities: Entity[];
    /** Documents that are not entities. */
    skipped: string[];
}

/** Read, or bookkeeping of the catalog (uid, etag) that means nothing outside it. */
const READ_METADATA = new Set(['name', 'namespace', 'title', 'description', 'annotations', 'uid', 'etag', 'generation']);
const record = (value: unknown): Record<string, unknown> =>
    (value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export function readEntities(sources: ImportSource[]): ReadEntities {
    const entities: Entity[] = [];
    const skipped: string[] = [];
    for (const source of sources) {
        const documents = parseAllDocuments(source.text, { prettyErrors: true, uniqueKeys: false });
        const list = Array.isArray(documents) ? documents : [documents];
        for (const document of list) {
            const error = document.errors[0];
            if (error) {
                const position = error.linePos?.[0] ?? { line: 1, col: 1 };
                throw new ImportInputError(source.name, position.line, position.col, `malformed YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
            }
        }
        for (const document of list) {
            const line = lineOf(source.text, document.contents?.range?.[0] ?? document.range[0]);
            const where = `${source.name}:${line}`;
            const value = document.toJS({ maxAliasCount: 100 }) as unknown;
            if (value === null || value === undefined) continue;
            const root = record(value);
            const metadata = record(root.metadata);
            const kind = text(root.kind);
            const name = text(metadata.name);
            if (!kind || !name) {
                skipped.push(`${where}: a document that is not a catalog entity (no kind or metadata.name)`);
                continue;
            }
            const annotations: Record<string, string> = {};
            for (const [key, raw] of Object.entries(record(metadata.annotations))) {
                if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') annotations[key] = String(raw);
            }
            entities.push({
                kind,
                namespace: text(metadata.namespace) ?? 'default',
                name,
                title: text(metadata.title),
                description: text(metadata.description),
                annotations,
                spec: record(root.spec),
                otherMetadata: Object.fromEntries(Object.entries(metadata).filter(([key]) => !READ_METADATA.has(key))),
                where,
            });
        }
    }
    return { entities, skipped };
}

function lineOf(source: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
    return line;
}

export interface EntityRef { kind: string; namespace: string; name: string }

/** `group:acme-it/messaging`, `messaging` (kind and namespace from the context); lowercased, as Backstage compares them. */
export function parseEntityRef(ref: string, defaultKind: string, defaultNamespace: string): EntityRef {
    const colon = ref.indexOf(':');
    const kind = colon > 0 ? ref.slice(0, colon) : defaultKind;
    const rest = colon > 0 ? ref.slice(colon + 1) : ref;
    const slash = rest.indexOf('/');
    const namespace = slash > 0 ? rest.slice(0, slash) : defaultNamespace;
    const name = slash > 0 ? rest.slice(slash + 1) : rest;
    return { kind: kind.toLowerCase(), namespace: namespace.toLowerCase(), name: name.toLowerCase() };
}

export function refKey(ref: EntityRef): string {
    return `${ref.kind}:${ref.namespace}/${ref.name}`;
}

export function entityKey(entity: Entity): string {
    return refKey({ kind: entity.kind.toLowerCase(), namespace: entity.namespace.toLowerCase(), name: entity.name.toLowerCase() });
}

/** `a, any of (b, c), d` → ['a', 'any of (b, c)', 'd']: commas inside parentheses do not split. */
export function splitTopLevel(list: string): string[] {
    const parts: string[] = [];
    let depth = 0;
    let current = '';
    for (const c of list) {
        if (c === '(') depth++;
        if (c === ')') depth = Math.max(0, depth - 1);
        if (c === ',' && depth === 0) {
            parts.push(current.trim());
            current = '';
        } else current += c;
    }
    if (current.trim()) parts.push(current.trim());
    return parts.filter(Boolean);
}

export function stringList(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map(v => v.trim()) : typeof value === 'string' && value.trim() ? [value.trim()] : [];
}
