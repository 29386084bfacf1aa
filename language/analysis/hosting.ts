/**
 * Hosting: what each configuration item runs on, following `runs on` and
 * `hosted on` (CSDM `Runs on::Runs`, `Hosted on::Hosts`) up to the hosts that
 * run on nothing.
 *
 * - Hosting cycles: the strongly connected components of the hosting graph
 *   (iterative Tarjan, once per build); the shortest cycle through a CI is
 *   found on request by a breadth-first search inside its component.
 * - Reach: every CI a CI ends up on, with a shortest path to each (BFS with a
 *   visited set, memoised per CI), so cycles terminate.
 * - Redundancy: a CI with several `runs on` / `hosted on` targets, or an
 *   `any of (...)` group of any relation but `member of`, declares that one
 *   member is enough. The members' hosts in common (each member counts as
 *   its own host) are single points of failure for that redundancy.
 * - Hosting chains (for hovers): every path from a CI to a top-level host.
 *
 * Everything is computed from resolved references only, once per build
 * (AnalysisCache): unresolved targets are the linker's business.
 */
import { isConfigurationItem, type CiRelationship, type ConfigurationItem } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';

export type HostingKind = 'runs' | 'hosted';

/** One resolved `runs on` / `hosted on` target: `relationship.targets[index]` is `to`. */
export interface HostingEdge {
    from: ConfigurationItem;
    to: ConfigurationItem;
    kind: HostingKind;
    relationship: CiRelationship;
    index: number;
}

/** A CI's hosting chains: each path runs from the CI to a host that runs on nothing (or stops where a cycle repeats). */
export interface HostingChain {
    ci: ConfigurationItem;
    paths: HostingEdge[][];
    /** Some path came back to a CI already on it (a hosting cycle). */
    cyclic: boolean;
    /** More paths exist than `MAX_CHAIN_PATHS`; the rest are left out. */
    truncated: boolean;
}

/** A set of CIs of which one is declared to be enough. */
export interface RedundancyGroup {
    ci: ConfigurationItem;
    /** The relationships that declare it, in source order (several plain `runs on` lines form one group). */
    relationships: CiRelationship[];
    members: ConfigurationItem[];
}

/** A redundancy group whose members all end up on `host`. */
export interface SinglePointOfFailure {
    group: RedundancyGroup;
    /** The shared host nearest to the first member. */
    host: ConfigurationItem;
    /** Every host the members share, nearest first. */
    sharedHosts: ConfigurationItem[];
    /** For each member, a shortest hosting path to `host` (empty when the member is the host). */
    paths: HostingEdge[][];
}

export const MAX_CHAIN_PATHS = 32;

export function isHostingRelationship(relationship: CiRelationship): relationship is CiRelationship & { kind: HostingKind } {
    return relationship.kind === 'runs' || relationship.kind === 'hosted';
}

/** The resolved `runs on` / `hosted on` targets of a CI, in source order. */
export function hostingEdges(ci: ConfigurationItem): HostingEdge[] {
    const edges: HostingEdge[] = [];
    for (const relationship of ci.relationships) {
        if (!isHostingRelationship(relationship)) continue;
        relationship.targets.forEach((target, index) => {
            const to = target.ref;
            if (isConfigurationItem(to)) edges.push({ from: ci, to, kind: relationship.kind, relationship, index });
        });
    }
    return edges;
}

/** "runs on" / "is hosted on" */
export function hostingPhrase(kind: HostingKind): string {
    return kind === 'runs' ? 'runs on' : 'is hosted on';
}

/** "app runs on vm1, vm1 is hosted on host1" */
export function describeHostingPath(path: readonly HostingEdge[]): string {
    return path.map(edge => `${edge.from.name} ${hostingPhrase(edge.kind)} ${edge.to.name}`).join(', ');
}

interface Reach {
    /** Every CI reached, the start first, in breadth-first order. */
    order: ConfigurationItem[];
    /** The edge by which each reached CI (but the start) was first reached. */
    parent: Map<ConfigurationItem, HostingEdge>;
}

export class HostingModel {
    private readonly edges = new Map<ConfigurationItem, HostingEdge[]>();
    private readonly components = new Map<ConfigurationItem, ReadonlySet<ConfigurationItem>>();
    private readonly reaches = new Map<ConfigurationItem, Reach>();
    private readonly cycles = new Map<ConfigurationItem, HostingEdge[]>();
    private readonly chains = new Map<ConfigurationItem, HostingChain>();

    constructor(allItems: Iterable<ConfigurationItem>) {
        this.findCycles(allItems);
    }

    edgesOf(ci: ConfigurationItem): HostingEdge[] {
        let edges = this.edges.get(ci);
        if (!edges) {
            edges = hostingEdges(ci);
            this.edges.set(ci, edges);
        }
        return edges;
    }

    /** Whether the CI is on a hosting cycle (including running on itself). */
    isOnCycle(ci: ConfigurationItem): boolean {
        return this.components.has(ci);
    }

    /** A shortest hosting cycle through the CI, as its edges from the CI back to it; undefined when there is none. */
    cycleThrough(ci: ConfigurationItem): HostingEdge[] | undefined {
        const component = this.components.get(ci);
        if (!component) return undefined;
        const known = this.cycles.get(ci);
        if (known) return known;
        const parent = new Map<ConfigurationItem, HostingEdge>();
        const queue: ConfigurationItem[] = [ci];
        let closing: HostingEdge | undefined;
        for (let at = 0; at < queue.length && !closing; at++) {
            for (const edge of this.edgesOf(queue[at])) {
                if (!component.has(edge.to)) continue;
                if (edge.to === ci) {
                    closing = edge;
                    break;
                }
                if (parent.has(edge.to)) continue;
                parent.set(edge.to, edge);
                queue.push(edge.to);
            }
        }
        if (!closing) return undefined;
        const cycle = [closing];
        for (let edge = parent.get(closing.from); edge; edge = parent.get(edge.from)) cycle.unshift(edge);
        this.cycles.set(ci, cycle);
        return cycle;
    }

    /** Every CI the CI ends up on, itself first, nearest first. */
    hostsOf(ci: ConfigurationItem): ConfigurationItem[] {
        return this.reach(ci).order;
    }

    /** A shortest hosting path from `ci` to `host` (empty when they are the same), undefined when `ci` does not end up on it. */
    pathTo(ci: ConfigurationItem, host: ConfigurationItem): HostingEdge[] | undefined {
        const reach = this.reach(ci);
        if (host === ci) return [];
        if (!reach.parent.has(host)) return undefined;
        const path: HostingEdge[] = [];
        for (let edge = reach.parent.get(host); edge; edge = edge.from === ci ? undefined : reach.parent.get(edge.from)) {
            path.unshift(edge);
        }
        return path;
    }

    /** Every path from the CI to a top-level host, depth first in source order. */
    hostingChain(ci: ConfigurationItem): HostingChain {
        const known = this.chains.get(ci);
        if (known) return known;
        const chain: HostingChain = { ci, paths: [], cyclic: false, truncated: false };
        const onPath = new Set<ConfigurationItem>([ci]);
        const path: HostingEdge[] = [];
        const walk = (at: ConfigurationItem) => {
            const edges = this.edgesOf(at);
            if (edges.length === 0 && path.length > 0) {
                if (chain.paths.length < MAX_CHAIN_PATHS) chain.paths.push([...path]);
                else chain.truncated = true;
                return;
            }
            for (const edge of edges) {
                if (chain.truncated) return;
                path.push(edge);
                if (onPath.has(edge.to)) {
                    chain.cyclic = true;
                    if (chain.paths.length < MAX_CHAIN_PATHS) chain.paths.push([...path]);
                    else chain.truncated = true;
                } else {
                    onPath.add(edge.to);
                    walk(edge.to);
                    onPath.delete(edge.to);
                }
                path.pop();
            }
        };
        walk(ci);
        this.chains.set(ci, chain);
        return chain;
    }

    /** The groups of CIs the CI declares redundant (see the file comment), each with two or more distinct members. */
    redundancyGroups(ci: ConfigurationItem): RedundancyGroup[] {
        const groups: RedundancyGroup[] = [];
        const plain: RedundancyGroup = { ci, relationships: [], members: [] };
        for (const relationship of ci.relationships) {
            const members = distinctTargets(relationship, ci);
            if (relationship.redundant) {
                if (relationship.kind !== 'member' && members.length >= 2) groups.push({ ci, relationships: [relationship], members });
            } else if (isHostingRelationship(relationship) && members.length > 0) {
                plain.relationships.push(relationship);
                for (const member of members) if (!plain.members.includes(member)) plain.members.push(member);
            }
        }
        if (plain.members.length >= 2) groups.unshift(plain);
        return groups;
    }

    /** The CI's redundancy groups whose members all end up on one host. */
    singlePointsOfFailure(ci: ConfigurationItem): SinglePointOfFailure[] {
        const found: SinglePointOfFailure[] = [];
        for (const group of this.redundancyGroups(ci)) {
            const [first, ...others] = group.members;
            const otherHosts = others.map(member => new Set(this.hostsOf(member)));
            const sharedHosts = this.hostsOf(first).filter(host => host !== ci && otherHosts.every(hosts => hosts.has(host)));
            if (sharedHosts.length === 0) continue;
            const host = sharedHosts[0];
            found.push({ group, host, sharedHosts, paths: group.members.map(member => this.pathTo(member, host) ?? []) });
        }
        return found;
    }

    private reach(ci: ConfigurationItem): Reach {
        let reach = this.reaches.get(ci);
        if (!reach) {
            reach = { order: [ci], parent: new Map() };
            for (let at = 0; at < reach.order.length; at++) {
                for (const edge of this.edgesOf(reach.order[at])) {
                    if (edge.to === ci || reach.parent.has(edge.to)) continue;
                    reach.parent.set(edge.to, edge);
                    reach.order.push(edge.to);
                }
            }
            this.reaches.set(ci, reach);
        }
        return reach;
    }

    /** Iterative Tarjan: records the component of every CI on a cycle (two or more CIs, or a CI hosting itself). */
    private findCycles(allItems: Iterable<ConfigurationItem>): void {
        const index = new Map<ConfigurationItem, number>();
        const low = new Map<ConfigurationItem, number>();
        const onStack = new Set<ConfigurationItem>();
        const stack: ConfigurationItem[] = [];
        let counter = 0;
        for (const root of allItems) {
            if (index.has(root)) continue;
            const frames: Array<{ node: ConfigurationItem; next: ConfigurationItem[]; at: number }> = [];
            const enter = (node: ConfigurationItem) => {
                index.set(node, counter);
                low.set(node, counter++);
                stack.push(node);
                onStack.add(node);
                frames.push({ node, next: this.edgesOf(node).map(edge => edge.to), at: 0 });
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
                const component = new Set<ConfigurationItem>();
                let member: ConfigurationItem;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.add(member);
                } while (member !== frame.node);
                if (component.size > 1 || frame.next.includes(frame.node)) {
                    for (const ci of component) this.components.set(ci, component);
                }
            }
        }
    }
}

function distinctTargets(relationship: CiRelationship, ci: ConfigurationItem): ConfigurationItem[] {
    const members: ConfigurationItem[] = [];
    for (const target of relationship.targets) {
        const member = target.ref;
        if (isConfigurationItem(member) && member !== ci && !members.includes(member)) members.push(member);
    }
    return members;
}

/** The hosting model of the workspace, built once per build. */
export function hostingModel(services: ItsmServices): HostingModel {
    return services.validation.AnalysisCache.get('hosting', () =>
        new HostingModel(services.references.DefinitionIndex.nodesOfType('ConfigurationItem', isConfigurationItem)));
}

/** Every path from the CI to a top-level host, computed once per build. */
export function hostingChain(ci: ConfigurationItem, services: ItsmServices): HostingChain {
    return hostingModel(services).hostingChain(ci);
}
