/**
 * Composite availability: the most a service can achieve given the services
 * it depends on, assuming independent failures.
 *
 * - `depends on A, B` (and every separate `depends on` line) is serial: the
 *   service needs all of them, so their availabilities multiply, A = Π Aᵢ.
 * - `depends on any of (A, B)` is a redundant group: one member is enough, so
 *   the group is down only when all are, A = 1 − Π(1 − Aᵢ).
 *
 * A dependency's figure is its declared `availability`. A dependency that
 * declares none but has dependencies of its own (outside a dependency cycle)
 * is bounded by its own ceiling, since it cannot be more available than what
 * it needs; otherwise it has no figure, does not lower the ceiling, and is
 * listed in `unknown`. A redundant group with a member without a figure is
 * not counted either (that member might be always up), nor is a group with a
 * member that is also required on its own (the group is up whenever that
 * member is) or that shares a member with an earlier group (the two do not
 * fail independently): leaving a factor out keeps the ceiling an upper bound.
 * A service's dependency on itself is ignored. Declared values
 * outside (0 %, 100 %] count as no figure. Availabilities are percentages, as
 * in the language (99.95 means 99.95 %).
 *
 * Everything is computed once per build (AnalysisCache): the dependency
 * cycles with Tarjan's algorithm over every service, then each ceiling on
 * first request. Linear in the number of services and dependencies.
 */
import { isService, type Service } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';

/** One dependency's availability as used in a ceiling, in percent. */
export interface AvailabilityFigure {
    service: Service;
    availability: number;
    /** `declared` on the service, or `derived` from its own dependencies because it declares none. */
    source: 'declared' | 'derived';
}

/** A factor of the ceiling: a required service, or a redundant `any of` group; `availability` in percent. */
export type CeilingTerm =
    | { kind: 'serial'; figure: AvailabilityFigure; availability: number }
    | { kind: 'any'; members: AvailabilityFigure[]; availability: number };

/** A dependency the ceiling could not count. */
export interface UnknownAvailability {
    service: Service;
    reason: 'none' | 'out-of-range';
    /** Every member of the redundant group that was left out because of this service. */
    group?: Service[];
}

export interface AvailabilityCeiling {
    service: Service;
    /** The product of `terms` in percent; undefined when no dependency has a figure. */
    ceiling: number | undefined;
    terms: CeilingTerm[];
    unknown: UnknownAvailability[];
}

/** Whether a declared availability is a usable percentage, in (0, 100]. */
export function isValidAvailability(value: number | undefined): value is number {
    return value !== undefined && Number.isFinite(value) && value > 0 && value <= 100;
}

/** The ceilings of a set of services, computed lazily; pure apart from its memo. */
export class AvailabilityModel {
    private readonly cyclic: ReadonlySet<Service>;
    private readonly ceilings = new Map<Service, AvailabilityCeiling>();
    private readonly inProgress = new Set<Service>();

    constructor(allServices: Iterable<Service>) {
        this.cyclic = servicesOnCycles(allServices);
    }

    ceilingOf(service: Service): AvailabilityCeiling {
        const known = this.ceilings.get(service);
        if (known) return known;
        this.inProgress.add(service);
        const terms: CeilingTerm[] = [];
        const unknown: UnknownAvailability[] = [];
        const membersOf = (d: Service['dependencies'][number]) =>
            unique(d.services.map(r => r.ref).filter(isService)).filter(s => s !== service);
        const required = new Set<Service>();
        for (const dependency of service.dependencies) {
            if (dependency.redundant) continue;
            for (const member of membersOf(dependency)) {
                if (required.has(member)) continue;
                required.add(member);
                const figure = this.figureOf(member);
                if ('reason' in figure) unknown.push(figure);
                else terms.push({ kind: 'serial', figure, availability: figure.availability });
            }
        }
        const grouped = new Set<Service>();
        for (const dependency of service.dependencies) {
            const members = membersOf(dependency);
            // A group with a required member is up whenever that member is; one sharing a member with
            // an earlier group does not fail independently of it. Leaving either out keeps an upper bound.
            if (!dependency.redundant || members.length === 0) continue;
            if (members.some(m => required.has(m) || grouped.has(m))) continue;
            members.forEach(m => grouped.add(m));
            const figures = members.map(m => this.figureOf(m));
            const missing = figures.filter((f): f is UnknownAvailability => 'reason' in f);
            if (missing.length > 0) {
                for (const m of missing) unknown.push({ ...m, group: members });
                continue;
            }
            const known = figures as AvailabilityFigure[];
            const down = known.reduce((product, f) => product * (1 - f.availability / 100), 1);
            terms.push({ kind: 'any', members: known, availability: (1 - down) * 100 });
        }
        const ceiling = terms.length === 0 ? undefined : terms.reduce((product, t) => product * t.availability / 100, 1) * 100;
        const result = { service, ceiling, terms, unknown };
        this.inProgress.delete(service);
        this.ceilings.set(service, result);
        return result;
    }

    private figureOf(service: Service): AvailabilityFigure | UnknownAvailability {
        if (service.availability !== undefined) {
            return isValidAvailability(service.availability)
                ? { service, availability: service.availability, source: 'declared' }
                : { service, reason: 'out-of-range' };
        }
        if (!this.cyclic.has(service) && !this.inProgress.has(service)) {
            const own = this.ceilingOf(service).ceiling;
            if (own !== undefined) return { service, availability: own, source: 'derived' };
        }
        return { service, reason: 'none' };
    }
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}

/** Services on a dependency cycle (a strongly connected component of two or more, or a self-dependency); iterative Tarjan. */
export function servicesOnCycles(allServices: Iterable<Service>): Set<Service> {
    const successors = (s: Service) => unique(s.dependencies.flatMap(d => d.services.map(r => r.ref).filter(isService)));
    const index = new Map<Service, number>();
    const low = new Map<Service, number>();
    const onStack = new Set<Service>();
    const stack: Service[] = [];
    const result = new Set<Service>();
    let counter = 0;
    for (const root of allServices) {
        if (index.has(root)) continue;
        const frames: Array<{ node: Service; next: Service[]; at: number }> = [];
        const enter = (node: Service) => {
            index.set(node, counter);
            low.set(node, counter++);
            stack.push(node);
            onStack.add(node);
            frames.push({ node, next: successors(node), at: 0 });
        };
        enter(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.at < frame.next.length) {
                const next = frame.next[frame.at++];
                if (!index.has(next)) enter(next);
                else if (onStack.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
                continue;
            }
            frames.pop();
            if (frames.length > 0) {
                const parent = frames[frames.length - 1].node;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
            }
            if (low.get(frame.node) !== index.get(frame.node)) continue;
            const component: Service[] = [];
            let member: Service;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                component.push(member);
            } while (member !== frame.node);
            if (component.length > 1 || frame.next.includes(frame.node)) component.forEach(s => result.add(s));
        }
    }
    return result;
}

/** The availability ceiling of a service from its dependencies, computed once per build. */
export function availabilityCeiling(service: Service, services: ItsmServices): AvailabilityCeiling {
    const model = services.validation.AnalysisCache.get('availability', () =>
        new AvailabilityModel(services.references.DefinitionIndex.nodesOfType('Service', isService)));
    return model.ceilingOf(service);
}

/** A percentage without float noise: at most `decimals` decimals, trailing zeros trimmed (99.94990005 -> "99.9499"). */
export function formatPercent(value: number, decimals = 4): string {
    return String(Number(value.toFixed(decimals)));
}

/** The largest value with `decimals` decimals that does not exceed `value` (a safe figure to promise). */
export function floorPercent(value: number, decimals: number): number {
    const scale = 10 ** decimals;
    return Number((Math.floor(value * scale + 1e-9) / scale).toFixed(decimals));
}

function describeFigure(figure: AvailabilityFigure, decimals: number): string {
    const text = `${figure.service.name} ${formatPercent(figure.availability, decimals)}%`;
    return figure.source === 'derived' ? `${text} (from its own dependencies)` : text;
}

/** "Directory 99.95% × any of (Dns 99.9%, DnsSecondary 99.9%) 99.9999%" */
export function describeTerms(result: AvailabilityCeiling, decimals = 4): string {
    return result.terms.map(term => term.kind === 'serial'
        ? describeFigure(term.figure, decimals)
        : `any of (${term.members.map(m => describeFigure(m, decimals)).join(', ')}) ${formatPercent(term.availability, decimals)}%`,
    ).join(' × ');
}

/** What the ceiling leaves out, e.g. "Cache declares no availability; any of (Dns, Relay) is not counted: Relay declares no availability". */
export function describeUnknown(result: AvailabilityCeiling): string {
    const why = (u: UnknownAvailability) => u.reason === 'none'
        ? `${u.service.name} declares no availability`
        : `${u.service.name}'s availability ${u.service.availability}% is not in (0%, 100%]`;
    const parts: Array<{ text: string } | { group: Service[]; members: UnknownAvailability[] }> = [];
    for (const u of result.unknown) {
        const group = u.group;
        const existing = group && parts.find(p => 'group' in p && p.group === group);
        if (existing && 'members' in existing) existing.members.push(u);
        else parts.push(group ? { group, members: [u] } : { text: why(u) });
    }
    return parts.map(p => 'text' in p
        ? p.text
        : `any of (${p.group.map(s => s.name).join(', ')}) is not counted: ${p.members.map(why).join(', ')}`,
    ).join('; ');
}

/**
 * The ceiling with its explanation, for messages and hovers:
 * "99.9499% (Directory 99.95% × any of (Dns 99.9%, DnsSecondary 99.9%) 99.9999%)",
 * followed by "; not counted: …" when some dependency has no figure.
 * Undefined when no dependency has a figure.
 */
export function describeCeiling(result: AvailabilityCeiling, decimals = 4): string | undefined {
    if (result.ceiling === undefined) return undefined;
    const unknown = result.unknown.length > 0 ? `; not counted: ${describeUnknown(result)}` : '';
    return `${formatPercent(result.ceiling, decimals)}% (${describeTerms(result, decimals)})${unknown}`;
}
