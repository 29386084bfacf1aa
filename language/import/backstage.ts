/**
 * Backstage catalog entities → the catalogue (docs/import.md):
 * Group → team, System → business service, Component → service (technical;
 * status from `spec.lifecycle`), Resource → CI (class from `spec.type`),
 * Domain and API → notes (no construct holds them), namespace → package.
 * The `itsm.example/*` annotations that `itsm generate --target backstage`
 * writes are read back when present (the exact name, kind, status, tier,
 * dependency clauses, CI relationships …), so that its output imports to
 * the catalogue it came from for every field it carries.
 */
import { entityKey, parseEntityRef, readEntities, refKey, splitTopLevel, stringList, type Entity } from './backstage-entities.js';
import { isIdentifier, NameAllocator, toIdentifier, toPackageName } from './identifiers.js';
import {
    addNote, attributeOf, packageOf, type ImportedCatalogue, type ImportedCi, type ImportedCiClass, type ImportedDefinition,
    type ImportedService, type ImportedTeam, type ImportSource, type RelationshipKeyword,
} from './imported-catalogue.js';

const A = 'itsm.example/';
const KIND_ORDER = ['group', 'system', 'component', 'resource'];
const LIFECYCLE_STATUS: Record<string, ImportedService['status']> = { production: 'live', experimental: 'pipeline', deprecated: 'retired' };
const CI_ENVIRONMENTS = new Set(['production', 'staging', 'test', 'development', 'dr']);
const CI_STATUSES = new Set(['planned', 'operational', 'maintenance', 'decommissioned']);
/** Annotations that are read, or derived from what is read (and so rebuilt by the language). */
const READ_ANNOTATIONS = new Set(['qualified-name', 'source', 'kind', 'status', 'tier', 'availability', 'availability-ceiling', 'owner',
    'support', 'depends-on', 'realized-by', 'systems', 'lead', 'phone', 'ci-class', 'environment', 'connects-to', 'member-of', 'redundancy', 'placeholder']);
const READ_SPEC: Record<string, string[]> = {
    group: ['type', 'profile', 'children'],
    system: ['owner', 'type'],
    component: ['type', 'lifecycle', 'owner', 'system', 'dependsOn'],
    resource: ['type', 'owner', 'system', 'dependsOn'],
};

export function importBackstage(sources: ImportSource[]): ImportedCatalogue {
    const { entities, skipped } = readEntities(sources);
    const catalogue: ImportedCatalogue = { definitions: [], notes: new Map() };
    for (const note of skipped) addNote(catalogue, '', note);
    const names = new NameAllocator();
    const packageFor = (entity: Entity) => (entity.namespace === 'default' ? undefined : toPackageName(entity.namespace));
    const placeholders = new Set(entities.filter(e => e.annotations[`${A}placeholder`] === 'true').map(entityKey));
    const mapped = entities.filter(e => KIND_ORDER.includes(e.kind.toLowerCase()) && !placeholders.has(entityKey(e)))
        .sort((a, b) => KIND_ORDER.indexOf(a.kind.toLowerCase()) - KIND_ORDER.indexOf(b.kind.toLowerCase()) || compare(entityKey(a), entityKey(b)));

    // Names first (entities that name their qualified name claim it first), references second.
    for (const entity of [...mapped].sort((a, b) => Number(!a.annotations[`${A}qualified-name`]) - Number(!b.annotations[`${A}qualified-name`]))) {
        const qualified = entity.annotations[`${A}qualified-name`];
        if (qualified && qualified.split('.').every(isIdentifier)) {
            names.allocate(entityKey(entity), packageOf(qualified) || undefined, qualified.slice(qualified.lastIndexOf('.') + 1));
        } else {
            const wanted = entity.title && isIdentifier(entity.title) ? entity.title : entity.name;
            names.allocate(entityKey(entity), packageFor(entity), wanted);
        }
    }
    const byKey = new Map(mapped.map(e => [entityKey(e), e]));
    /** A reference as a qualified name: the entity's, or (pointing nowhere) a name that will not resolve. */
    const resolve = (ref: string, defaultKind: string, from: Entity): string => {
        const parsed = parseEntityRef(ref, defaultKind, from.namespace);
        const known = names.get(refKey(parsed));
        if (known) return known;
        const packageName = parsed.namespace === 'default' ? '' : toPackageName(parsed.namespace);
        return packageName ? `${packageName}.${toIdentifier(parsed.name)}` : toIdentifier(parsed.name);
    };
    const isPlaceholder = (ref: string, from: Entity) => placeholders.has(refKey(parseEntityRef(ref, 'group', from.namespace)));
    const kindOf = (ref: string, from: Entity) => byKey.get(refKey(parseEntityRef(ref, 'component', from.namespace)))?.kind.toLowerCase();

    const classes = new Map<string, ImportedCiClass>();
    for (const entity of mapped) {
        const name = names.get(entityKey(entity))!;
        const notes = unusedFields(entity);
        const owner = text(entity.spec.owner);
        const ownerName = owner && !isPlaceholder(owner, entity) ? resolve(owner, 'group', entity) : undefined;
        let definition: ImportedDefinition;
        switch (entity.kind.toLowerCase()) {
            case 'group': {
                const profile = (entity.spec.profile ?? {}) as Record<string, unknown>;
                definition = { kind: 'team', name, notes, description: entity.description, email: text(profile.email),
                    lead: entity.annotations[`${A}lead`], phone: entity.annotations[`${A}phone`] } satisfies ImportedTeam;
                break;
            }
            case 'system':
            case 'component':
                definition = service(entity, name, notes, ownerName, resolve, kindOf);
                break;
            default:
                definition = ci(entity, name, notes, ownerName, resolve, kindOf, mapped, classes, packageFor);
        }
        catalogue.definitions.push(definition);
    }
    addMembership(catalogue, mapped, names, resolve);
    catalogue.definitions.push(...finishClasses(classes, catalogue));
    for (const entity of entities.filter(e => !KIND_ORDER.includes(e.kind.toLowerCase()))) {
        const note = entity.kind === 'Domain'
            ? `Domain ${entity.name} (${entity.where}): domains have no construct; its systems keep their namespaces as packages`
            : entity.kind === 'API'
                ? `API ${entity.name} (${entity.where}): APIs have no construct in the catalogue${text(entity.spec.owner) ? ` (owner ${text(entity.spec.owner)})` : ''}`
                : `${entity.kind} ${entity.name} (${entity.where}): kind ${entity.kind} has no construct in the catalogue`;
        addNote(catalogue, packageFor(entity) ?? '', note);
    }
    return catalogue;
}

type Resolve = (ref: string, defaultKind: string, from: Entity) => string;
type KindOf = (ref: string, from: Entity) => string | undefined;

function service(entity: Entity, name: string, notes: string[], owner: string | undefined, resolve: Resolve, kindOf: KindOf): ImportedService {
    const a = (key: string) => entity.annotations[`${A}${key}`];
    const isSystem = entity.kind.toLowerCase() === 'system';
    const lifecycle = text(entity.spec.lifecycle);
    let status = a('status') as ImportedService['status'];
    if (!status || !['pipeline', 'live', 'retired'].includes(status)) {
        status = lifecycle ? LIFECYCLE_STATUS[lifecycle] : undefined;
        if (lifecycle && !status) notes.push(`spec.lifecycle ${lifecycle} is not a status of the language (production, experimental, deprecated are)`);
    }
    const kind = a('kind') === 'business' || a('kind') === 'technical' ? a('kind') as 'business' | 'technical' : isSystem ? 'business' : 'technical';
    if (!isSystem && text(entity.spec.type) && entity.spec.type !== 'service') notes.push(`spec.type ${String(entity.spec.type)}: imported as a technical service`);
    const tier = Number(a('tier'));
    const availability = Number.parseFloat(a('availability') ?? '');
    // `owner: none (support team X shown as owner)`: the target showed the support team as owner.
    const ownerNote = a('owner');
    const result: ImportedService = {
        kind: 'service', name, notes, description: entity.description, serviceKind: kind, status,
        tier: Number.isInteger(tier) && tier >= 1 && tier <= 4 ? tier : undefined,
        owner: ownerNote?.startsWith('none') ? undefined : owner,
        support: a('support') ? resolve(a('support'), 'group', entity) : undefined,
        availability: Number.isFinite(availability) ? availability : undefined,
        dependsOn: [], realizedBy: [], offerings: [],
    };
    if (a('depends-on') !== undefined || a('realized-by') !== undefined) {
        for (const part of splitTopLevel(a('depends-on') ?? '')) {
            const group = /^any of \((.*)\)$/.exec(part);
            if (group) result.dependsOn.push({ mode: 'any', services: splitTopLevel(group[1]).map(r => resolve(r, 'component', entity)) });
            else {
                const last = result.dependsOn[result.dependsOn.length - 1];
                if (last?.mode === 'all') last.services.push(resolve(part, 'component', entity));
                else result.dependsOn.push({ mode: 'all', services: [resolve(part, 'component', entity)] });
            }
        }
        result.realizedBy = splitTopLevel(a('realized-by') ?? '').map(r => resolve(r, 'resource', entity));
    } else {
        // Plain Backstage: components and systems it depends on are dependencies, resources realize it.
        const refs = stringList(entity.spec.dependsOn);
        const services = refs.filter(r => kindOf(r, entity) !== 'resource' && !r.toLowerCase().startsWith('resource:'));
        if (services.length > 0) result.dependsOn.push({ mode: 'all', services: services.map(r => resolve(r, 'component', entity)) });
        result.realizedBy = refs.filter(r => !services.includes(r)).map(r => resolve(r, 'resource', entity));
    }
    for (const offering of splitTopLevel(a('offerings') ?? '')) {
        const match = /^([^\s(]+)\s*(?:\((.*)\))?$/.exec(offering);
        if (!match) continue;
        result.offerings.push({ name: `${name}.${toIdentifier(match[1].slice(match[1].lastIndexOf('.') + 1))}` });
        if (match[2]) notes.push(`offering ${match[1]}: sla ${match[2]} (agreements are not carried by Backstage)`);
    }
    return result;
}

function ci(entity: Entity, name: string, notes: string[], owner: string | undefined, resolve: Resolve, kindOf: KindOf,
    all: Entity[], classes: Map<string, ImportedCiClass>, packageFor: (e: Entity) => string | undefined): ImportedCi {
    const a = (key: string) => entity.annotations[`${A}${key}`];
    const declared = a('ci-class');
    const className = declared && declared.split('.').every(isIdentifier) ? declared
        : [packageFor(entity), toIdentifier(pascal(text(entity.spec.type) ?? 'resource'))].filter(Boolean).join('.');
    const ciClass = classes.get(className) ?? { kind: 'ci class', name: className, notes: [], attributes: [] };
    classes.set(className, ciClass);
    const result: ImportedCi = {
        kind: 'ci', name, notes, description: entity.description, className, owner: a('owner') === 'none' ? undefined : owner,
        environment: CI_ENVIRONMENTS.has(a('environment') ?? '') ? a('environment') : undefined,
        status: CI_STATUSES.has(a('status') ?? '') ? a('status') : undefined,
        attributes: [], relationships: [],
    };
    for (const [key, raw] of Object.entries(entity.annotations).filter(([k]) => k.startsWith(`${A}attr-`)).sort(([x], [y]) => compare(x, y))) {
        const attribute = attributeOf(raw);
        const attributeName = toIdentifier(key.slice(`${A}attr-`.length));
        if (attribute) result.attributes.push({ name: attributeName, ...attribute });
    }
    // Relationships: redundancy groups and connects-to / member-of from the annotations; the rest of spec.dependsOn.
    const grouped = new Set<string>();
    for (const part of splitTopLevel(a('redundancy') ?? '')) {
        const match = /^(runs-on|hosted-on|depends-on|connects-to|member-of) any of \((.*)\)$/.exec(part);
        if (!match) continue;
        const targets = splitTopLevel(match[2]);
        targets.forEach(t => grouped.add(t));
        const type = match[1].replace('-', ' ') as RelationshipKeyword;
        // Several runs-on / hosted-on targets are redundant by themselves; other types need `any of`.
        result.relationships.push({ type, targets: targets.map(t => resolve(t, 'resource', entity)), any: type !== 'runs on' && type !== 'hosted on' });
    }
    for (const [type, key] of [['connects to', 'connects-to'], ['member of', 'member-of']] as const) {
        const targets = splitTopLevel(a(key) ?? '').filter(t => !grouped.has(t));
        if (targets.length > 0) result.relationships.push({ type, targets: targets.map(t => resolve(t, 'resource', entity)) });
    }
    const system = text(entity.spec.system);
    const realizers = new Set(all.filter(e => e.kind.toLowerCase() !== 'resource').flatMap(e => [
        ...stringList(e.spec.dependsOn), ...splitTopLevel(e.annotations[`${A}realized-by`] ?? ''),
    ].map(r => resolve(r, 'resource', e))));
    for (const ref of stringList(entity.spec.dependsOn).filter(r => !grouped.has(r))) {
        const target = resolve(ref, 'resource', entity);
        const targetEntity = all.find(e => e.kind.toLowerCase() === kindOf(ref, entity) && resolve(`${e.kind}:${e.namespace}/${e.name}`, 'resource', e) === target);
        // A host shares the system of what runs on it and realizes no service itself: read as `runs on`.
        const host = !!system && targetEntity?.kind.toLowerCase() === 'resource' && text(targetEntity.spec.system) === system && !realizers.has(target);
        const type: RelationshipKeyword = host ? 'runs on' : 'depends on';
        const last = result.relationships.find(r => r.type === type && !r.any);
        if (last) last.targets.push(target);
        else result.relationships.push({ type, targets: [target] });
    }
    return result;
}

/** Plain Backstage: a System depends on the Components that name it as their system (and is realized by such Resources). */
function addMembership(catalogue: ImportedCatalogue, entities: Entity[], names: NameAllocator, resolve: Resolve): void {
    for (const system of entities.filter(e => e.kind.toLowerCase() === 'system' && e.annotations[`${A}depends-on`] === undefined && e.annotations[`${A}realized-by`] === undefined)) {
        const service = catalogue.definitions.find(d => d.name === names.get(entityKey(system))) as ImportedService;
        for (const member of entities.filter(e => e !== system && text(e.spec.system))) {
            if (resolve(text(member.spec.system)!, 'system', member) !== service.name) continue;
            const memberName = names.get(entityKey(member))!;
            if (member.kind.toLowerCase() === 'component') {
                const clause = service.dependsOn.find(d => d.mode === 'all') ?? { mode: 'all' as const, services: [] };
                if (!service.dependsOn.includes(clause)) service.dependsOn.push(clause);
                clause.services.push(memberName);
            } else if (member.kind.toLowerCase() === 'resource') {
                service.realizedBy.push(memberName);
            }
        }
    }
}

/** Each class declares the attributes its CIs set; a name set with values of different types becomes a string. */
function finishClasses(classes: Map<string, ImportedCiClass>, catalogue: ImportedCatalogue): ImportedCiClass[] {
    const cis = catalogue.definitions.filter((d): d is ImportedCi => d.kind === 'ci');
    for (const ciClass of classes.values()) {
        const members = cis.filter(c => c.className === ciClass.name);
        const types = new Map<string, Set<string>>();
        for (const attribute of members.flatMap(c => c.attributes)) types.set(attribute.name, (types.get(attribute.name) ?? new Set()).add(attribute.type));
        for (const [attributeName, seen] of [...types].sort(([x], [y]) => compare(x, y))) {
            const type = seen.size === 1 ? [...seen][0] as ImportedCiClass['attributes'][number]['type'] : 'string';
            ciClass.attributes.push({ name: attributeName, type });
            if (type === 'string') {
                for (const attribute of members.flatMap(c => c.attributes).filter(x => x.name === attributeName && x.type !== 'string')) {
                    attribute.value = JSON.stringify(attribute.value);
                    attribute.type = 'string';
                }
            }
        }
    }
    // Only classes in no package or in a package of an imported definition; others are named where the CIs are.
    return [...classes.values()].filter(c => !catalogue.definitions.some(d => d.name === c.name));
}

function unusedFields(entity: Entity): string[] {
    const notes: string[] = [];
    const used = READ_SPEC[entity.kind.toLowerCase()] ?? [];
    for (const key of Object.keys(entity.spec).filter(k => !used.includes(k)).sort(compare)) notes.push(`spec.${key} has no place in the catalogue`);
    for (const [key, raw] of Object.entries(entity.otherMetadata).sort(([x], [y]) => compare(x, y))) {
        const shown = summary(raw);
        notes.push(`metadata.${key} has no place in the catalogue${shown ? `: ${shown}` : ''}`);
    }
    for (const key of Object.keys(entity.annotations).sort(compare)) {
        const own = key.startsWith(A) ? key.slice(A.length) : undefined;
        if (own !== undefined && (READ_ANNOTATIONS.has(own) || own.startsWith('attr-') || own === 'offerings')) continue;
        notes.push(`annotation ${key}: ${entity.annotations[key]}`);
    }
    return notes;
}

/** A metadata value in one line: `a, b` for a list, `k=v` for a map, a link's URL and title. */
function summary(raw: unknown): string {
    if (Array.isArray(raw)) return raw.map(summary).filter(Boolean).join(', ');
    if (raw !== null && typeof raw === 'object') {
        const o = raw as Record<string, unknown>;
        if (typeof o.url === 'string') return typeof o.title === 'string' ? `${o.url} (${o.title})` : o.url;
        return Object.entries(o).map(([k, v]) => `${k}=${summary(v)}`).join(', ');
    }
    return raw === null || raw === undefined ? '' : String(raw).replace(/[\r\n]+/g, ' ');
}

function pascal(text: string): string {
    return text.split(/[^A-Za-z0-9]+/).filter(Boolean).map(w => w[0].toUpperCase() + w.slice(1)).join('');
}

function text(value: unknown): string | undefined {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
