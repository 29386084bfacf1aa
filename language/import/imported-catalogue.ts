/**
 * What an importer produces before it is written as `.itsm` text: definitions
 * with qualified names and references already resolved to qualified names
 * (or, for a reference that points nowhere, kept as a name that will not
 * resolve, so that `itsm validate` reports it), plus notes on what had no place.
 */

/** A problem with the input that stops the import: shown as `file:line:col: message` (exit 2). */
export class ImportInputError extends Error {
    constructor(readonly file: string, readonly line: number, readonly column: number, readonly reason: string) {
        super(`${file}:${line}:${column}: ${reason}`);
    }
}

export interface ImportSource {
    /** How messages and notes name the file (relative to the current folder). */
    name: string;
    text: string;
}

interface Base {
    /** Qualified name. */
    name: string;
    /** Comment lines written above the definition: fields of the source that had no place. */
    notes: string[];
    description?: string;
}

export interface ImportedTeam extends Base {
    kind: 'team';
    lead?: string;
    email?: string;
    phone?: string;
}

export interface ImportedService extends Base {
    kind: 'service';
    serviceKind?: 'business' | 'technical';
    status?: 'pipeline' | 'live' | 'retired';
    tier?: number;
    owner?: string;
    support?: string;
    availability?: number;
    dependsOn: Array<{ mode: 'all' | 'any'; services: string[] }>;
    realizedBy: string[];
    offerings: Array<{ name: string; audience?: string; description?: string }>;
}

export type AttributeType = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'ipv4' | 'ipv6';

export interface ImportedCiClass extends Base {
    kind: 'ci class';
    attributes: Array<{ name: string; type: AttributeType }>;
}

export type RelationshipKeyword = 'runs on' | 'hosted on' | 'depends on' | 'connects to' | 'member of';

export interface ImportedCi extends Base {
    kind: 'ci';
    className: string;
    environment?: string;
    status?: string;
    owner?: string;
    attributes: Array<{ name: string; type: AttributeType; value: string }>;
    relationships: Array<{ type: RelationshipKeyword; targets: string[]; any?: boolean }>;
}

export type ImportedDefinition = ImportedTeam | ImportedService | ImportedCiClass | ImportedCi;

export interface ImportedCatalogue {
    definitions: ImportedDefinition[];
    /** Whole entities or records that had no place, per package ('' for none): written at the top of its file. */
    notes: Map<string, string[]>;
}

export function packageOf(qualifiedName: string): string {
    const dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? '' : qualifiedName.slice(0, dot);
}

export function localName(qualifiedName: string): string {
    return qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
}

export function addNote(catalogue: ImportedCatalogue, packageName: string, note: string): void {
    catalogue.notes.set(packageName, [...(catalogue.notes.get(packageName) ?? []), note]);
}

/** The type of an attribute value as written in a source, and its literal in `.itsm`. */
export function attributeOf(raw: unknown): { type: AttributeType; value: string } | undefined {
    if (typeof raw === 'boolean') return { type: 'boolean', value: String(raw) };
    if (typeof raw === 'number' && Number.isFinite(raw)) return Number.isInteger(raw) && raw >= 0 ? { type: 'integer', value: String(raw) } : { type: 'string', value: JSON.stringify(String(raw)) };
    if (typeof raw !== 'string' || raw === '') return undefined;
    if (/^\d{1,9}$/.test(raw)) return { type: 'integer', value: String(Number(raw)) };
    if (/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(raw)) return { type: 'ipv4', value: raw };
    if (raw === 'true' || raw === 'false') return { type: 'boolean', value: raw };
    return { type: 'string', value: quote(raw) };
}

/** A string literal of the language: `"` and `\` escaped, line breaks as spaces (a string is one line). */
export function quote(text: string): string {
    return `"${text.replace(/[\r\n]+/g, ' ').replace(/[\\"]/g, c => `\\${c}`)}"`;
}
