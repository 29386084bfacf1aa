/**
 * Every service, CI and team of the workspace as graph nodes, and every
 * relationship between them as an edge, read from the linked AST:
 *
 * - service → service: `depends on` (members of `depends on any of (…)` form
 *   a redundancy group);
 * - service → CI or service: `realized by`;
 * - CI → CI: `runs on`, `hosted on`, `depends on`, `connects to`, `member of`
 *   (an `any of (…)` clause is a group; so are several plain `runs on` /
 *   `hosted on` hosts, as the hosting analysis reads them);
 * - service or CI → team: `owner`, `support` (only when teams are asked for).
 *
 * Only references that resolve give edges; the selection for a file or a
 * focus is made in dependency-graph.ts.
 */
import { AstUtils, GrammarUtils, type AstNode, type Reference } from 'langium';
import {
    isConfigurationItem, isService, isTeam,
    type ConfigurationItem, type Service, type Team,
} from '../../generated/ast.js';
import type { ItsmServices } from '../../itsm-module.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { isHostingRelationship } from '../../analysis/hosting.js';
import type { GraphEdge, GraphEdgeKind, GraphGroup, GraphNode, GraphNodeKind, SourceLocation } from './protocol.js';

export type GraphDefinition = Service | ConfigurationItem | Team;

export interface WorkspaceGraph {
    nodes: Map<string, GraphNode>;
    /** The AST node behind each graph node. */
    definitions: Map<string, GraphDefinition>;
    idOf: Map<GraphDefinition, string>;
    edges: GraphEdge[];
    groups: GraphGroup[];
    outgoing: Map<string, GraphEdge[]>;
    incoming: Map<string, GraphEdge[]>;
}

const CI_EDGE_KINDS: Record<string, GraphEdgeKind> = {
    runs: 'runs-on', hosted: 'hosted-on', depends: 'depends-on', connects: 'connects-to', member: 'member-of',
};

export const EDGE_LABELS: Record<GraphEdgeKind, string> = {
    'depends-on': 'depends on', 'realized-by': 'realized by', 'runs-on': 'runs on', 'hosted-on': 'hosted on',
    'connects-to': 'connects to', 'member-of': 'member of', 'owned-by': 'owner', 'supported-by': 'support',
};

/** Edges to teams are decorations: they are never followed when walking up or down from a focus. */
export function isTeamEdge(edge: GraphEdge): boolean {
    return edge.kind === 'owned-by' || edge.kind === 'supported-by';
}

/** By file (URI), then by place in the file. */
function byPlace(a: AstNode, b: AstNode): number {
    const left = AstUtils.getDocument(a).uri.toString();
    const right = AstUtils.getDocument(b).uri.toString();
    if (left !== right) return left < right ? -1 : 1;
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

export function buildWorkspaceGraph(services: ItsmServices, includeTeams: boolean): WorkspaceGraph {
    const index = services.references.DefinitionIndex;
    const graph: WorkspaceGraph = {
        nodes: new Map(), definitions: new Map(), idOf: new Map(), edges: [], groups: [], outgoing: new Map(), incoming: new Map(),
    };
    // In file and source order: the index's order is the order the files were found in, which the file system decides.
    const allServices = index.nodesOfType('Service', isService).sort(byPlace);
    const allCis = index.nodesOfType('ConfigurationItem', isConfigurationItem).sort(byPlace);
    for (const service of allServices) addNode(graph, service);
    for (const ci of allCis) addNode(graph, ci);
    if (includeTeams) for (const team of index.nodesOfType('Team', isTeam).sort(byPlace)) addNode(graph, team);

    const edgeIds = new Set<string>();
    const addEdge = (from: GraphDefinition, kind: GraphEdgeKind, reference: Reference, group?: string): void => {
        const target = reference.ref;
        if (!isService(target) && !isConfigurationItem(target) && !isTeam(target)) return;
        const fromId = graph.idOf.get(from);
        const toId = graph.idOf.get(target) ?? addNode(graph, target, includeTeams);
        if (!fromId || !toId) return;
        let id = `${fromId}->${toId}:${kind}`;
        for (let n = 2; edgeIds.has(id); n++) id = `${fromId}->${toId}:${kind}#${n}`;
        edgeIds.add(id);
        const location = referenceLocation(from, reference);
        const edge: GraphEdge = { id, kind, from: fromId, to: toId, label: EDGE_LABELS[kind], ...(group ? { group } : {}), location };
        graph.edges.push(edge);
        push(graph.outgoing, fromId, edge);
        push(graph.incoming, toId, edge);
        if (group) graph.groups.find(g => g.id === group)?.edges.push(id);
    };
    const newGroup = (owner: GraphDefinition, suffix: string): string => {
        const id = `${graph.idOf.get(owner)}/${suffix}`;
        graph.groups.push({ id, owner: graph.idOf.get(owner)!, label: 'any of', edges: [] });
        return id;
    };

    for (const service of allServices) {
        service.dependencies.forEach((dependency, n) => {
            const group = dependency.redundant && dependency.services.length > 1 ? newGroup(service, `any-of#${n + 1}`) : undefined;
            for (const reference of dependency.services) addEdge(service, 'depends-on', reference, group);
        });
        for (const reference of service.realizedBy) addEdge(service, 'realized-by', reference);
        if (includeTeams) {
            if (service.owner) addEdge(service, 'owned-by', service.owner);
            if (service.support) addEdge(service, 'supported-by', service.support);
        }
    }
    for (const ci of allCis) {
        // Several plain hosts (`runs on mx01, mx02`, or on two lines) are one redundancy group.
        const plainHosts = new Set(ci.relationships.filter(r => isHostingRelationship(r) && !r.redundant)
            .flatMap(r => r.targets.map(t => t.ref).filter(isConfigurationItem)).filter(target => target !== ci));
        const hostingGroup = plainHosts.size > 1 ? newGroup(ci, 'hosts') : undefined;
        ci.relationships.forEach((relationship, n) => {
            const group = relationship.redundant
                ? (relationship.targets.length > 1 ? newGroup(ci, `any-of#${n + 1}`) : undefined)
                : (isHostingRelationship(relationship) ? hostingGroup : undefined);
            for (const reference of relationship.targets) addEdge(ci, CI_EDGE_KINDS[relationship.kind], reference, group);
        });
        if (includeTeams && ci.owner) addEdge(ci, 'owned-by', ci.owner);
    }
    graph.groups = graph.groups.filter(group => group.edges.length > 1);
    const kept = new Set(graph.groups.map(group => group.id));
    for (const edge of graph.edges) if (edge.group && !kept.has(edge.group)) delete edge.group;
    return graph;
}

/** Adds a node for a definition (a team only when teams are wanted); returns its id. */
function addNode(graph: WorkspaceGraph, definition: GraphDefinition, teams = true): string | undefined {
    const known = graph.idOf.get(definition);
    if (known) return known;
    if (isTeam(definition) && !teams) return undefined;
    const kind: GraphNodeKind = isService(definition) ? 'service' : isConfigurationItem(definition) ? 'ci' : 'team';
    const name = qualifiedNameOf(definition) ?? definition.name;
    let id = `${kind}:${name}`;
    for (let n = 2; graph.nodes.has(id); n++) id = `${kind}:${name}#${n}`;
    graph.nodes.set(id, {
        id,
        kind,
        name,
        label: definition.name,
        ...describe(definition),
        location: nameLocation(definition),
    });
    graph.definitions.set(id, definition);
    graph.idOf.set(definition, id);
    return id;
}

function describe(definition: GraphDefinition): { detail?: string; status?: string } {
    if (isService(definition)) {
        const detail = [`${definition.kind ? `${definition.kind} ` : ''}service`, definition.tier !== undefined ? `tier ${definition.tier}` : '']
            .filter(Boolean).join(' · ');
        return { detail, ...(definition.status ? { status: definition.status } : {}) };
    }
    if (isConfigurationItem(definition)) {
        const className = definition.ciClass?.$refText ? definition.ciClass.$refText.slice(definition.ciClass.$refText.lastIndexOf('.') + 1) : 'CI';
        const detail = [className, definition.environment].filter(Boolean).join(' · ');
        return { detail, ...(definition.status ? { status: definition.status } : {}) };
    }
    return { detail: 'team' };
}

export function nameLocation(node: AstNode): SourceLocation {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode;
    return { uri: AstUtils.getDocument(node).uri.toString(), range: cst?.range ?? zeroRange() };
}

function referenceLocation(owner: AstNode, reference: Reference): SourceLocation {
    return { uri: AstUtils.getDocument(owner).uri.toString(), range: reference.$refNode?.range ?? owner.$cstNode?.range ?? zeroRange() };
}

function zeroRange() {
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}
