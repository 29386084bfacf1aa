/**
 * The service dependency graph: which services a service needs (`depends on`,
 * including `any of` groups), which services need it, the dependency cycles
 * and the transitive closure of what a service needs.
 *
 * - Every `depends on` reference that resolves to a service is one edge, in
 *   source order; an edge inside `depends on any of (…)` is `redundant`. A
 *   service named twice gives two edges (each is a place in the source),
 *   while `services`, `dependants` and the closure list each service once.
 * - Cycles are the strongly connected components of two or more services, or
 *   a service that depends on itself (iterative Tarjan, linear in services
 *   plus edges). For each service on a cycle, `cycleOf` picks the edge that
 *   starts the shortest cycle back to it and spells that cycle out; that is a
 *   breadth-first search inside its component, computed on first request.
 * - The closure is a breadth-first search with a visited set, memoised per
 *   service; it terminates on cycles.
 *
 * The graph is built once per workspace build (AnalysisCache) from every
 * service in the definition index; a service outside the index (never the
 * case after a build) is added on first sight with its own references.
 */
import { isService, type Service, type ServiceDependency } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';

/** One `depends on` reference that resolves to a service. */
export interface DependencyEdge {
    from: Service;
    to: Service;
    /** The `depends on` clause the reference belongs to. */
    dependency: ServiceDependency;
    /** The position of the reference in `dependency.services` (for ranges: `property: 'services', index`). */
    index: number;
    /** Whether the reference is a member of an `any of (…)` group. */
    redundant: boolean;
}

/** A `depends on` clause read as a group: `all` needs every service, `any` needs one of them. */
export interface DependencyGroup {
    kind: 'all' | 'any';
    dependency: ServiceDependency;
    /** The resolved services of the clause, each once, in source order. */
    services: Service[];
}

/** The shortest dependency cycle through a service. */
export interface DependencyCycle {
    /** The service's own edge that starts the cycle. */
    edge: DependencyEdge;
    /** The services along the cycle, starting and ending with the service: [Email, Directory, Email]. */
    path: Service[];
    /** Every service of the strongly connected component the service belongs to. */
    component: readonly Service[];
}

/** The `depends on` edges of one service, read from its own definition (no workspace needed). */
export function dependencyEdges(service: Service): DependencyEdge[] {
    const edges: DependencyEdge[] = [];
    for (const dependency of service.dependencies) {
        dependency.services.forEach((reference, index) => {
            const to = reference.ref;
            if (isService(to)) edges.push({ from: service, to, dependency, index, redundant: dependency.redundant });
        });
    }
    return edges;
}

/** The `depends on` clauses of one service as groups of resolved services; empty groups are left out. */
export function dependencyGroups(service: Service): DependencyGroup[] {
    return service.dependencies
        .map(dependency => ({
            kind: dependency.redundant ? 'any' as const : 'all' as const,
            dependency,
            services: unique(dependency.services.map(r => r.ref).filter(isService)),
        }))
        .filter(group => group.services.length > 0);
}

/** "Email → Directory → Email" */
export function describeCycle(cycle: DependencyCycle | readonly Service[]): string {
    const path = 'path' in cycle ? cycle.path : cycle;
    return path.map(s => s.name).join(' → ');
}

export class ServiceGraph {
    private readonly outgoing = new Map<Service, DependencyEdge[]>();
    private readonly incoming = new Map<Service, DependencyEdge[]>();
    private readonly componentOfService = new Map<Service, readonly Service[]>();
    private readonly cycles = new Map<Service, DependencyCycle | undefined>();
    private readonly closures = new Map<Service, ReadonlySet<Service>>();
    private readonly ordered: Service[] = [];

    constructor(allServices: Iterable<Service>) {
        for (const service of allServices) this.add(service);
        this.findCycles();
    }

    /** Every service of the graph: the given ones and every service they reference, each once. */
    get services(): readonly Service[] {
        return this.ordered;
    }

    /** The service's `depends on` edges, in source order. */
    dependenciesOf(service: Service): readonly DependencyEdge[] {
        return this.edgesFrom(service);
    }

    /** The services this service depends on directly, each once. */
    directDependencies(service: Service): Service[] {
        return unique(this.edgesFrom(service).map(e => e.to));
    }

    /** The edges of the services that depend on this one (its "used by" side). */
    dependantsOf(service: Service): readonly DependencyEdge[] {
        this.edgesFrom(service);
        return this.incoming.get(service) ?? [];
    }

    /** The services that depend on this one directly, each once. */
    directDependants(service: Service): Service[] {
        return unique(this.dependantsOf(service).map(e => e.from));
    }

    /**
     * Every service this one needs, directly or through others, each once, in
     * breadth-first order; it contains the service itself only on a cycle.
     */
    dependencyClosure(service: Service): ReadonlySet<Service> {
        const known = this.closures.get(service);
        if (known) return known;
        const reached = new Set<Service>();
        const queue = [service];
        for (let at = 0; at < queue.length; at++) {
            for (const edge of this.edgesFrom(queue[at])) {
                if (reached.has(edge.to)) continue;
                reached.add(edge.to);
                queue.push(edge.to);
            }
        }
        this.closures.set(service, reached);
        return reached;
    }

    /** The services of the dependency cycle(s) this service is on, or undefined when it is on none. */
    componentOf(service: Service): readonly Service[] | undefined {
        this.edgesFrom(service);
        return this.componentOfService.get(service);
    }

    /** Whether the service is on a dependency cycle (including a dependency on itself). */
    isOnCycle(service: Service): boolean {
        return this.componentOf(service) !== undefined;
    }

    /** Every dependency cycle as a strongly connected component (services in discovery order). */
    components(): Array<readonly Service[]> {
        return unique([...this.componentOfService.values()]);
    }

    /** The shortest cycle through this service, starting at its first edge that achieves it; undefined off cycles. */
    cycleOf(service: Service): DependencyCycle | undefined {
        if (this.cycles.has(service)) return this.cycles.get(service);
        const component = this.componentOf(service);
        const cycle = component ? this.shortestCycle(service, component) : undefined;
        this.cycles.set(service, cycle);
        return cycle;
    }

    private add(service: Service): void {
        if (this.outgoing.has(service)) return;
        const pending = [service];
        while (pending.length > 0) {
            const next = pending.pop()!;
            if (this.outgoing.has(next)) continue;
            const edges = dependencyEdges(next);
            this.outgoing.set(next, edges);
            this.ordered.push(next);
            for (const edge of edges) {
                const list = this.incoming.get(edge.to);
                if (list) list.push(edge);
                else this.incoming.set(edge.to, [edge]);
                if (!this.outgoing.has(edge.to)) pending.push(edge.to);
            }
        }
    }

    /** A service's edges, adding it (and what it reaches) when it was not in the build's index. */
    private edgesFrom(service: Service): readonly DependencyEdge[] {
        if (!this.outgoing.has(service)) {
            this.add(service);
            this.findCycles();
        }
        return this.outgoing.get(service)!;
    }

    /** Iterative Tarjan over every service not yet assigned; records components that are cycles. */
    private findCycles(): void {
        const index = new Map<Service, number>();
        const low = new Map<Service, number>();
        const onStack = new Set<Service>();
        const stack: Service[] = [];
        let counter = 0;
        for (const root of this.ordered) {
            if (index.has(root)) continue;
            const frames: Array<{ node: Service; next: Service[]; at: number }> = [];
            const enter = (node: Service) => {
                index.set(node, counter);
                low.set(node, counter++);
                stack.push(node);
                onStack.add(node);
                frames.push({ node, next: unique(this.outgoing.get(node)!.map(e => e.to)), at: 0 });
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
                if (component.length > 1 || frame.next.includes(frame.node)) {
                    component.reverse();
                    for (const service of component) this.componentOfService.set(service, component);
                }
            }
        }
    }

    /**
     * Distances back to `service` by a breadth-first search over reversed edges
     * inside its component; the edge whose target is closest starts the
     * shortest cycle (source order breaks ties), which is then walked forward.
     */
    private shortestCycle(service: Service, component: readonly Service[]): DependencyCycle | undefined {
        const members = new Set(component);
        const distance = new Map<Service, number>([[service, 0]]);
        const queue = [service];
        for (let at = 0; at < queue.length; at++) {
            const current = queue[at];
            for (const edge of this.incoming.get(current) ?? []) {
                if (!members.has(edge.from) || distance.has(edge.from)) continue;
                distance.set(edge.from, distance.get(current)! + 1);
                queue.push(edge.from);
            }
        }
        let best: DependencyEdge | undefined;
        for (const edge of this.edgesFrom(service)) {
            const back = distance.get(edge.to);
            if (back !== undefined && (!best || back < distance.get(best.to)!)) best = edge;
        }
        if (!best) return undefined;
        const path = [service, best.to];
        let current = best.to;
        while (current !== service) {
            const step = this.edgesFrom(current).find(e => distance.get(e.to) === distance.get(current)! - 1)!;
            current = step.to;
            path.push(current);
        }
        return { edge: best, path, component };
    }
}

function unique<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}

/** The workspace's service graph, built once per build. */
export function serviceGraph(services: ItsmServices): ServiceGraph {
    return services.validation.AnalysisCache.get('service-graph', () =>
        new ServiceGraph(services.references.DefinitionIndex.nodesOfType('Service', isService)));
}

/** The service's `depends on` edges, in source order. */
export function dependenciesOf(service: Service, services: ItsmServices): readonly DependencyEdge[] {
    return serviceGraph(services).dependenciesOf(service);
}

/** The `depends on` edges that point at this service, from every service of the workspace. */
export function dependantsOf(service: Service, services: ItsmServices): readonly DependencyEdge[] {
    return serviceGraph(services).dependantsOf(service);
}

/** Every service this one needs, directly or transitively. */
export function dependencyClosure(service: Service, services: ItsmServices): ReadonlySet<Service> {
    return serviceGraph(services).dependencyClosure(service);
}

/** The shortest dependency cycle through this service, or undefined. */
export function cycleOf(service: Service, services: ItsmServices): DependencyCycle | undefined {
    return serviceGraph(services).cycleOf(service);
}
