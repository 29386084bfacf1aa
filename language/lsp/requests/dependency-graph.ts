/**
 * The dependency graph the editor draws (`itsm/dependencyGraph`), as plain
 * data, testable without VS Code:
 *
 * - file scope (no focus): the services and CIs defined in the file, and
 *   every service, CI (or team) they are directly related to, marked
 *   `external`; the edges that touch a definition of the file;
 * - focus scope: the focus and what is reached from it by following
 *   relationships forwards (`down`: what it needs, what realises it, what it
 *   runs on), backwards (`up`: what needs it — the impact of its failure), or
 *   each of the two (`both`), at most `depth` relationships away; the edges
 *   between the nodes reached. Teams are never walked through: they hang off
 *   the nodes reached as leaves.
 *
 * Nodes and edges keep the workspace order (index order, then source order).
 */
import { URI } from 'langium';
import type { ItsmServices } from '../../itsm-module.js';
import { buildWorkspaceGraph, isTeamEdge, type WorkspaceGraph } from './workspace-graph.js';
import type { DependencyGraph, DependencyGraphParams, GraphEdge, GraphNode } from './protocol.js';

export function buildDependencyGraph(services: ItsmServices, params: DependencyGraphParams): DependencyGraph {
    const includeTeams = params.includeTeams ?? false;
    const graph = buildWorkspaceGraph(services, includeTeams);
    const candidates = [...graph.nodes.values()]
        .filter(node => node.kind !== 'team')
        .map(node => ({ name: node.name, kind: node.kind }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (params.focus === undefined || params.focus === '') {
        const known = services.shared.workspace.LangiumDocuments.hasDocument(URI.parse(params.uri));
        const problem = known ? {} : { problem: 'The file is not part of the ITSM workspace.' };
        return { ...fileScope(graph, params.uri, includeTeams), candidates, ...problem };
    }

    const focus = findFocus(graph, params.focus);
    if (!focus) {
        return {
            scope: 'focus', title: params.focus, nodes: [], edges: [], groups: [], candidates,
            problem: `No service or CI named '${params.focus}' in the workspace.`,
        };
    }
    const direction = params.direction ?? 'both';
    const depth = params.depth !== undefined && params.depth >= 0 ? params.depth : Infinity;
    const reached = new Set<string>([focus.id]);
    if (direction !== 'up') walk(graph, focus.id, depth, 'down', reached);
    if (direction !== 'down') walk(graph, focus.id, depth, 'up', reached);
    const edges = graph.edges.filter(edge => !isTeamEdge(edge) && reached.has(edge.from) && reached.has(edge.to));
    if (includeTeams) {
        const teamEdges = graph.edges.filter(edge => isTeamEdge(edge) && reached.has(edge.from));
        for (const edge of teamEdges) reached.add(edge.to);
        edges.push(...teamEdges);
    }
    const nodes = [...graph.nodes.values()].filter(node => reached.has(node.id))
        .map(node => node.id === focus.id ? { ...node, focus: true } : node);
    const directionText = { down: 'what it needs', up: 'what needs it', both: 'what it needs and what needs it' }[direction];
    const depthText = depth === Infinity ? '' : `, depth ${depth}`;
    return {
        scope: 'focus',
        title: `${focus.name} — ${directionText}${depthText}`,
        nodes,
        edges: orderEdges(graph, edges),
        groups: groupsOf(graph, edges),
        candidates,
    };
}

function fileScope(graph: WorkspaceGraph, uri: string, includeTeams: boolean): Omit<DependencyGraph, 'candidates'> {
    const key = normalizeUri(uri);
    const own = new Set([...graph.nodes.values()]
        .filter(node => normalizeUri(node.location.uri) === key && (includeTeams || node.kind !== 'team'))
        .map(node => node.id));
    const edges = graph.edges.filter(edge => own.has(edge.from) || own.has(edge.to));
    const shown = new Set(own);
    for (const edge of edges) {
        shown.add(edge.from);
        shown.add(edge.to);
    }
    const nodes: GraphNode[] = [...graph.nodes.values()].filter(node => shown.has(node.id))
        .map(node => own.has(node.id) ? node : { ...node, external: true });
    const path = URI.parse(uri).path;
    return { scope: 'file', title: path.slice(path.lastIndexOf('/') + 1), nodes, edges, groups: groupsOf(graph, edges) };
}

function findFocus(graph: WorkspaceGraph, name: string): GraphNode | undefined {
    const nodes = [...graph.nodes.values()].filter(node => node.kind !== 'team');
    const exact = nodes.find(node => node.name === name || node.id === name);
    if (exact) return exact;
    const bySimpleName = nodes.filter(node => node.label === name);
    return bySimpleName.length === 1 ? bySimpleName[0] : undefined;
}

/** Breadth-first from the focus along edges (forwards for `down`, backwards for `up`), up to `depth` steps. */
function walk(graph: WorkspaceGraph, start: string, depth: number, direction: 'up' | 'down', reached: Set<string>): void {
    const seen = new Set([start]);
    let frontier = [start];
    for (let step = 0; step < depth && frontier.length > 0; step++) {
        const next: string[] = [];
        for (const id of frontier) {
            const edges = (direction === 'down' ? graph.outgoing.get(id) : graph.incoming.get(id)) ?? [];
            for (const edge of edges) {
                if (isTeamEdge(edge)) continue;
                const other = direction === 'down' ? edge.to : edge.from;
                if (seen.has(other)) continue;
                seen.add(other);
                reached.add(other);
                next.push(other);
            }
        }
        frontier = next;
    }
}

function orderEdges(graph: WorkspaceGraph, edges: GraphEdge[]): GraphEdge[] {
    const order = new Map(graph.edges.map((edge, i) => [edge.id, i]));
    return [...new Set(edges)].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** The groups of which at least two edges are shown, with only the shown edges. */
function groupsOf(graph: WorkspaceGraph, edges: GraphEdge[]): DependencyGraph['groups'] {
    const shown = new Set(edges.map(edge => edge.id));
    return graph.groups
        .map(group => ({ ...group, edges: group.edges.filter(id => shown.has(id)) }))
        .filter(group => group.edges.length > 1);
}

/** `file:///c%3A/x` and `file:///C:/x` are one file. */
function normalizeUri(uri: string): string {
    try {
        return URI.parse(uri).toString();
    } catch {
        return uri;
    }
}
