/**
 * An imported catalogue as `.itsm` text: one file per package
 * (`acme.it.itsm`, `catalogue.itsm` for definitions without one), teams
 * first, then CI classes, CIs and services, each sorted by name. A reference
 * to a definition of the same package is written by its simple name, any
 * other by its qualified name (which always resolves, imports or not). The
 * text is laid out roughly; the command runs the formatter over it.
 */
import {
    localName, packageOf, quote, type ImportedCatalogue, type ImportedCi, type ImportedCiClass, type ImportedDefinition,
    type ImportedService, type ImportedTeam,
} from './imported-catalogue.js';

export interface ImportedFile {
    /** Relative to the output folder. */
    path: string;
    content: string;
}

const ORDER: Array<ImportedDefinition['kind']> = ['team', 'ci class', 'ci', 'service'];

export function writeCatalogue(catalogue: ImportedCatalogue, header: string): ImportedFile[] {
    const packages = new Set<string>([...catalogue.definitions.map(d => packageOf(d.name)), ...catalogue.notes.keys()]);
    return [...packages].sort().map(packageName => {
        const definitions = catalogue.definitions.filter(d => packageOf(d.name) === packageName)
            .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const lines = [`// ${header}`];
        const notes = catalogue.notes.get(packageName) ?? [];
        if (notes.length > 0) lines.push('//', '// Had no place in the catalogue:', ...notes.map(note => `//   ${note}`));
        lines.push('');
        if (packageName) lines.push(`package ${packageName}`, '');
        const ref = (name: string) => (packageOf(name) === packageName ? localName(name) : name);
        for (const definition of definitions) lines.push(...render(definition, ref), '');
        return { path: `${packageName || 'catalogue'}.itsm`, content: lines.join('\n') };
    });
}

function render(definition: ImportedDefinition, ref: (name: string) => string): string[] {
    const notes = definition.notes.map(note => `// ${note}`);
    switch (definition.kind) {
        case 'team': return [...notes, ...team(definition)];
        case 'ci class': return [...notes, ...ciClass(definition)];
        case 'ci': return [...notes, ...ci(definition, ref)];
        case 'service': return [...notes, ...service(definition, ref)];
    }
}

function body(head: string, lines: string[]): string[] {
    return lines.length === 0 ? [head] : [`${head} {`, ...lines.map(line => `  ${line}`), '}'];
}

function optional(keyword: string, value: string | undefined, literal = quote): string[] {
    return value === undefined || value === '' ? [] : [`${keyword} ${literal(value)}`];
}

const bare = (value: string) => value;

function team(definition: ImportedTeam): string[] {
    return body(`team ${localName(definition.name)}`, [
        ...optional('lead', definition.lead),
        ...optional('email', definition.email),
        ...optional('phone', definition.phone),
        ...optional('description', definition.description),
    ]);
}

function ciClass(definition: ImportedCiClass): string[] {
    return body(`ci class ${localName(definition.name)}`, [
        ...optional('description', definition.description),
        ...definition.attributes.map(a => `attribute ${a.name}: ${a.type}`),
    ]);
}

function ci(definition: ImportedCi, ref: (name: string) => string): string[] {
    return body(`ci ${localName(definition.name)}: ${ref(definition.className)}`, [
        ...optional('environment', definition.environment, bare),
        ...optional('status', definition.status, bare),
        ...optional('owner', definition.owner && ref(definition.owner), bare),
        ...optional('description', definition.description),
        ...definition.attributes.map(a => `${a.name} ${a.value}`),
        ...definition.relationships.map(r => `${r.type} ${r.any ? `any of (${r.targets.map(ref).join(', ')})` : r.targets.map(ref).join(', ')}`),
    ]);
}

function service(definition: ImportedService, ref: (name: string) => string): string[] {
    return body(`service ${localName(definition.name)}`, [
        ...optional('kind', definition.serviceKind, bare),
        ...optional('status', definition.status, bare),
        ...optional('tier', definition.tier?.toString(), bare),
        ...optional('owner', definition.owner && ref(definition.owner), bare),
        ...optional('support', definition.support && ref(definition.support), bare),
        ...optional('description', definition.description),
        ...optional('availability', definition.availability === undefined ? undefined : `${definition.availability}%`, bare),
        ...definition.dependsOn.map(d => `depends on ${d.mode === 'any' ? `any of (${d.services.map(ref).join(', ')})` : d.services.map(ref).join(', ')}`),
        ...(definition.realizedBy.length > 0 ? [`realized by ${definition.realizedBy.map(ref).join(', ')}`] : []),
        ...definition.offerings.flatMap(o => body(`offering ${localName(o.name)}`, [
            ...optional('audience', o.audience),
            ...optional('description', o.description),
        ])),
    ]);
}
