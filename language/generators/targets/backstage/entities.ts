/**
 * The canonical model as Backstage catalog entities (`backstage.io/v1alpha1`):
 * teams → Group, business services → System, other services → Component
 * (type `service`), CIs → Resource (type from the CI class). See
 * docs/targets/backstage.md for every rule.
 */
import type { CanonicalModel, CiModel, RelationshipModel, ServiceModel, TeamModel } from '../../canonical-model.js';
import { assignNames, compareText, dnsLabel, formatPercent, splitQualifiedName, type NameRequest } from './names.js';

export const API_VERSION = 'backstage.io/v1alpha1';
export const ANNOTATION = 'itsm.example';
export const DEFAULT_NAMESPACE = 'default';
/** Owner of definitions that name none (one placeholder Group per namespace that needs it). */
export const UNOWNED_GROUP = 'itsm-unowned';

export type EntityKind = 'Group' | 'System' | 'Component' | 'Resource';
const KIND_ORDER: EntityKind[] = ['Group', 'System', 'Component', 'Resource'];

export interface Link { url: string; title?: string; type?: string }

export interface Entity {
    apiVersion: typeof API_VERSION;
    kind: EntityKind;
    metadata: {
        name: string;
        namespace: string;
        title: string;
        description?: string;
        tags?: string[];
        annotations: Record<string, string>;
        links?: Link[];
    };
    spec: Record<string, unknown>;
}

/** Service status → Component lifecycle (the three values Backstage documents as well known). */
export const LIFECYCLES: Record<string, string> = { live: 'production', pipeline: 'experimental', retired: 'deprecated' };

interface Placed { kind: EntityKind; namespace: string; name: string }

export function entityRef(placed: Placed): string {
    return `${placed.kind.toLowerCase()}:${placed.namespace}/${placed.name}`;
}

export function buildEntities(model: CanonicalModel): Entity[] {
    const namespaces = namespaceNames(model);
    const namespaceOf = (qualifiedName: string) => namespaces.get(splitQualifiedName(qualifiedName).packageName ?? '') ?? DEFAULT_NAMESPACE;
    const isBusiness = (service: ServiceModel) => service.kind === 'business';

    // Which namespaces need the placeholder owner: definitions whose owner (or, for a service without one,
    // support team) is not a team of the model — none named, or a name that did not resolve (`generate --force`).
    const teamNames = new Set(model.teams.map(t => t.name));
    const ownedByTeam = (name: string | undefined) => !!name && teamNames.has(name);
    const unownedIn = new Set<string>();
    for (const service of model.services) if (!ownedByTeam(service.owner || service.support)) unownedIn.add(namespaceOf(service.name));
    for (const ci of model.cis) if (!ownedByTeam(ci.owner)) unownedIn.add(namespaceOf(ci.name));

    const requests: Array<NameRequest & { kind: EntityKind; namespace: string }> = [];
    const request = (kind: EntityKind, key: string, namespace: string, base: string) =>
        requests.push({ key: `${kind} ${key}`, scope: `${kind}/${namespace}`, base, kind, namespace });
    for (const team of model.teams) request('Group', team.name, namespaceOf(team.name), dnsLabel(splitQualifiedName(team.name).localName));
    for (const namespace of unownedIn) request('Group', `#unowned ${namespace}`, namespace, UNOWNED_GROUP);
    for (const service of model.services) {
        request(isBusiness(service) ? 'System' : 'Component', service.name, namespaceOf(service.name), dnsLabel(splitQualifiedName(service.name).localName));
    }
    for (const ci of model.cis) request('Resource', ci.name, namespaceOf(ci.name), dnsLabel(splitQualifiedName(ci.name).localName));
    const names = assignNames(requests);
    const placed = new Map<string, Placed>(requests.map(r => [r.key, { kind: r.kind, namespace: r.namespace, name: names.get(r.key)! }]));

    const team = (qualifiedName: string) => placed.get(`Group ${qualifiedName}`);
    const service = (qualifiedName: string) => placed.get(`System ${qualifiedName}`) ?? placed.get(`Component ${qualifiedName}`);
    const ci = (qualifiedName: string) => placed.get(`Resource ${qualifiedName}`);
    const unowned = (namespace: string): Placed => placed.get(`Group #unowned ${namespace}`)!;
    const ref = (qualifiedName: string) => {
        const target = service(qualifiedName) ?? ci(qualifiedName) ?? team(qualifiedName);
        return target ? entityRef(target) : qualifiedName;
    };

    const systems = systemsOf(model);
    const context: Context = { model, team, service, ci, unowned, ref, systems, namespaceOf };
    const entities: Entity[] = [
        ...model.teams.map(t => groupEntity(t, context)),
        ...[...unownedIn].map(namespace => placeholderGroup(unowned(namespace))),
        ...model.services.map(s => serviceEntity(s, context)),
        ...model.cis.map(c => resourceEntity(c, context)),
    ];
    return entities.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
        || compareText(a.metadata.namespace, b.metadata.namespace) || compareText(a.metadata.name, b.metadata.name));
}

interface Context {
    model: CanonicalModel;
    team(qualifiedName: string): Placed | undefined;
    service(qualifiedName: string): Placed | undefined;
    ci(qualifiedName: string): Placed | undefined;
    unowned(namespace: string): Placed;
    ref(qualifiedName: string): string;
    /** The business services each service and CI belongs to, by qualified name. */
    systems: Map<string, string[]>;
    namespaceOf(qualifiedName: string): string;
}

/** Package → namespace label (`acme.it` → `acme-it`); definitions outside a package go to `default`. */
function namespaceNames(model: CanonicalModel): Map<string, string> {
    const packages = new Set(model.packages);
    for (const definition of [...model.teams, ...model.services, ...model.cis]) {
        const { packageName } = splitQualifiedName(definition.name);
        if (packageName) packages.add(packageName);
    }
    const requests: NameRequest[] = [{ key: '', scope: 'namespace', base: DEFAULT_NAMESPACE }];
    for (const packageName of [...packages].sort(compareText)) requests.push({ key: packageName, scope: 'namespace', base: dnsLabel(packageName) });
    return assignNames(requests);
}

/**
 * The business services (Systems) each service and CI belongs to, by
 * qualified name: a business service is its own system; a technical service
 * belongs to every business service that needs it (dependency closure);
 * whatever realizes a service (CI or service) belongs to that service's
 * systems, and so do the CIs that host it (runs on, hosted on, transitively).
 * `spec.system` is set only when there is exactly one.
 */
function systemsOf(model: CanonicalModel): Map<string, string[]> {
    const result = new Map<string, Set<string>>();
    const business = new Set(model.services.filter(s => s.kind === 'business').map(s => s.name));
    const add = (member: string, system: string) => {
        if (business.has(member) && member !== system) return false;
        const set = result.get(member) ?? new Set<string>();
        const added = !set.has(system);
        result.set(member, set.add(system));
        return added;
    };
    for (const service of model.services.filter(s => business.has(s.name))) {
        add(service.name, service.name);
        for (const needed of service.computed.dependencyClosure) add(needed, service.name);
    }
    // Realizers take the systems of what they realize, through chains of realizing services.
    for (let changed = true; changed;) {
        changed = false;
        for (const service of model.services) {
            for (const realizer of service.realizedBy) {
                for (const system of [...(result.get(service.name) ?? [])]) changed = add(realizer, system) || changed;
            }
        }
        for (const ci of model.cis) {
            for (const host of ci.hostingChain) {
                for (const system of [...(result.get(ci.name) ?? [])]) changed = add(host, system) || changed;
            }
        }
    }
    return new Map([...result].map(([member, set]) => [member, [...set].sort(compareText)]));
}

function common(qualifiedName: string, source: { file: string; line: number } | undefined, extra: Record<string, string | undefined>): Record<string, string> {
    const annotations: Record<string, string> = { [`${ANNOTATION}/qualified-name`]: qualifiedName };
    if (source) annotations[`${ANNOTATION}/source`] = `${source.file}:${source.line}`;
    for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== '') annotations[`${ANNOTATION}/${key}`] = value;
    return Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => compareText(a, b)));
}

function metadata(placed: Placed, qualifiedName: string, description: string | undefined, tags: Array<string | undefined>,
    annotations: Record<string, string>, links: Link[]): Entity['metadata'] {
    const tagList = [...new Set(tags.filter((t): t is string => !!t).map(t => dnsLabel(t)))].sort(compareText);
    return {
        name: placed.name,
        namespace: placed.namespace,
        title: splitQualifiedName(qualifiedName).localName,
        ...(description ? { description } : {}),
        ...(tagList.length ? { tags: tagList } : {}),
        annotations,
        ...(links.length ? { links } : {}),
    };
}

function groupEntity(team: TeamModel, context: Context): Entity {
    const placed = context.team(team.name)!;
    const authorities = context.model.changeAuthorities.filter(a => a.members.includes(team.name)).map(a => a.name);
    const links: Link[] = [];
    if (team.email) links.push({ url: `mailto:${team.email}`, title: `E-mail ${team.email}`, type: 'email' });
    if (team.phone) links.push({ url: `tel:${team.phone.replace(/[^0-9+]/g, '')}`, title: `Phone ${team.phone}`, type: 'phone' });
    const { localName } = splitQualifiedName(team.name);
    return {
        apiVersion: API_VERSION,
        kind: 'Group',
        metadata: metadata(placed, team.name, team.description, ['itsm'], common(team.name, team.source, {
            lead: team.lead,
            phone: team.phone,
            hours: team.hours,
            'change-authorities': authorities.join(', '),
        }), links),
        spec: {
            type: 'team',
            profile: { displayName: localName, ...(team.email ? { email: team.email } : {}) },
            children: [],
        },
    };
}

function placeholderGroup(placed: Placed): Entity {
    return {
        apiVersion: API_VERSION,
        kind: 'Group',
        metadata: {
            name: placed.name,
            namespace: placed.namespace,
            title: 'Unowned',
            description: 'Owner of the services and CIs that name no owner in the ITSM catalogue',
            tags: ['itsm'],
            annotations: { [`${ANNOTATION}/placeholder`]: 'true' },
        },
        spec: { type: 'team', profile: { displayName: 'Unowned' }, children: [] },
    };
}

function serviceEntity(service: ServiceModel, context: Context): Entity {
    const placed = context.service(service.name)!;
    const owner = service.owner ? context.team(service.owner) : service.support ? context.team(service.support) : undefined;
    const ownerRef = entityRef(owner ?? context.unowned(placed.namespace));
    const slas = context.model.agreements.filter(a => a.type === 'SLA' && a.service === service.name)
        .map(a => (a.availability ? `${a.name} (${formatPercent(a.availability.percent)}${a.availability.period ? ` per ${a.availability.period}` : ''})` : a.name));
    const dependencies = service.dependencies.map(d => {
        const refs = d.services.map(s => context.ref(s));
        return d.mode === 'any' ? `any of (${refs.join(', ')})` : refs.join(', ');
    });
    const links: Link[] = [];
    for (const [role, teamName] of [['Owner', service.owner], ['Support', service.support]] as const) {
        const team = context.model.teams.find(t => t.name === teamName);
        if (team?.email) links.push({ url: `mailto:${team.email}`, title: `${role}: ${splitQualifiedName(team.name).localName}`, type: role.toLowerCase() });
    }
    const annotations = common(service.name, service.source, {
        kind: service.kind,
        status: service.status,
        tier: service.tier?.toString(),
        availability: service.availability !== undefined ? formatPercent(service.availability) : undefined,
        'availability-ceiling': service.computed.availabilityCeiling !== undefined ? formatPercent(service.computed.availabilityCeiling) : undefined,
        rto: service.rto?.text,
        rpo: service.rpo?.text,
        'continuity-plan': continuityPlanText(service.continuityPlan, context),
        kpis: context.model.kpis.filter(k => k.service === service.name).map(k => k.name).join(', '),
        owner: service.owner ? undefined : service.support ? `none (support team ${service.support} shown as owner)` : 'none',
        support: service.support ? context.ref(service.support) : undefined,
        'depends-on': dependencies.join(', '),
        'realized-by': service.realizedBy.map(r => context.ref(r)).join(', '),
        offerings: service.offerings.map(o => `${o.name}${o.slas.length ? ` (${o.slas.join(', ')})` : ''}`).join(', '),
        slas: slas.join(', '),
        systems: systemNote(service.name, placed.kind === 'Component', context),
    });
    const meta = metadata(placed, service.name, service.description, ['itsm', service.kind, service.status,
        service.tier !== undefined ? `tier-${service.tier}` : undefined], annotations, links);

    if (placed.kind === 'System') {
        return { apiVersion: API_VERSION, kind: 'System', metadata: meta, spec: { owner: ownerRef, type: 'business-service' } };
    }
    return {
        apiVersion: API_VERSION,
        kind: 'Component',
        metadata: meta,
        spec: {
            type: 'service',
            lifecycle: LIFECYCLES[service.status] ?? 'experimental',
            owner: ownerRef,
            ...systemField(service.name, context),
            ...dependsOnField([...service.dependencies.flatMap(d => d.services), ...service.realizedBy], context),
        },
    };
}

/**
 * `spec.dependsOn`: the Components and Resources among the names, in order, once each. Business
 * services (Systems) and names that did not resolve are left to the annotations.
 */
function dependsOnField(names: string[], context: Context): { dependsOn?: string[] } {
    const refs = [...new Set(names.map(name => context.service(name) ?? context.ci(name))
        .filter((p): p is Placed => !!p && (p.kind === 'Component' || p.kind === 'Resource'))
        .map(entityRef))];
    return refs.length ? { dependsOn: refs } : {};
}

function systemField(member: string, context: Context): { system?: string } {
    const systems = context.systems.get(member) ?? [];
    const system = systems.length === 1 ? context.service(systems[0]) : undefined;
    return system ? { system: entityRef(system) } : {};
}

/** When a member belongs to several systems, they are all listed (and `spec.system` is left out). */
function systemNote(member: string, applies: boolean, context: Context): string | undefined {
    const systems = context.systems.get(member) ?? [];
    return applies && systems.length > 1 ? systems.map(s => context.ref(s)).join(', ') : undefined;
}

function resourceEntity(ci: CiModel, context: Context): Entity {
    const placed = context.ci(ci.name)!;
    const outgoing = context.model.relationships.filter(r => r.source === ci.name);
    const needs = outgoing.filter(r => r.type === 'runs-on' || r.type === 'hosted-on' || r.type === 'depends-on');
    const listOf = (type: RelationshipModel['type']) => outgoing.filter(r => r.type === type).map(r => context.ref(r.target)).join(', ');
    const groups = new Map<string, RelationshipModel[]>();
    for (const relationship of outgoing) {
        if (relationship.redundancyGroup) groups.set(relationship.redundancyGroup, [...(groups.get(relationship.redundancyGroup) ?? []), relationship]);
    }
    const redundancy = [...groups.values()].map(group => `${group[0].type} any of (${group.map(r => context.ref(r.target)).join(', ')})`);
    const attributes = Object.fromEntries(Object.entries(ci.attributes).map(([key, value]) => [attributeKey(key), String(value)]));
    const owner = ci.owner ? context.team(ci.owner) : undefined;
    return {
        apiVersion: API_VERSION,
        kind: 'Resource',
        metadata: metadata(placed, ci.name, ci.description, ['itsm', ci.environment, ci.status], common(ci.name, ci.source, {
            'ci-class': ci.class,
            environment: ci.environment,
            status: ci.status,
            owner: ci.owner ? undefined : 'none',
            'connects-to': listOf('connects-to'),
            'member-of': listOf('member-of'),
            redundancy: redundancy.join(', '),
            systems: systemNote(ci.name, true, context),
            ...attributes,
        }), []),
        spec: {
            type: dnsLabel(splitQualifiedName(ci.class).localName),
            owner: entityRef(owner ?? context.unowned(placed.namespace)),
            ...systemField(ci.name, context),
            ...dependsOnField(needs.map(r => r.target), context),
        },
    };
}

/** `os` → `attr-os`: the annotation name part must be `[A-Za-z0-9]` runs joined by `-_.`, at most 63 characters. */
function attributeKey(name: string): string {
    const key = `attr-${name}`;
    return /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(key) ? key : `attr-${dnsLabel(name, 58)}`;
}

/** "acme.it.MailRecovery (tested 2026-09-18, https://…)": a plan has no entity of its own in Backstage. */
function continuityPlanText(planName: string | undefined, context: Context): string | undefined {
    if (!planName) return undefined;
    const plan = context.model.continuityPlans.find(p => p.name === planName);
    const facts = [plan?.tested ? `tested ${plan.tested}` : 'never tested', plan?.document].filter(Boolean);
    return `${planName} (${facts.join(', ')})`;
}
