/**
 * Lays a dependency graph out with ELK's layered algorithm (elkjs, the
 * JavaScript build of the Eclipse Layout Kernel): dependants above what they
 * depend on, orthogonal edge routes, edge labels placed by ELK, nodes sized
 * from their text. Runs in the language server, so the webview only draws.
 */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { edgeLabelText, type DependencyGraph, type GraphLayout, type GraphNode, type NodeLayout } from './protocol.js';

type ElkInstance = { layout(graph: ElkNode): Promise<ElkNode> };
type ElkConstructor = new () => ElkInstance;

// elk.bundled.js is CommonJS (`module.exports = ELK`); an ES import sees it either as the default or as the module.
const Elk = ((ElkModule as unknown as { default?: ElkConstructor }).default ?? ElkModule) as unknown as ElkConstructor;
let elk: ElkInstance | undefined;

export const LABEL_FONT_PX = 13;
export const DETAIL_FONT_PX = 11;
export const EDGE_FONT_PX = 11;

/** A rough width of a text in the editor's proportional font (the webview clips nothing: boxes are generous). */
export function textWidth(text: string, fontPx: number, emPerLetter = 0.58): number {
    return Math.ceil(text.length * fontPx * emPerLetter);
}

export function nodeSize(node: GraphNode): { width: number; height: number } {
    // The label is bold (wider than the average letter), the detail is not.
    const text = Math.max(textWidth(node.label, LABEL_FONT_PX, 0.62), textWidth(node.detail ?? '', DETAIL_FONT_PX, 0.55));
    return { width: Math.max(90, text + 28), height: node.detail ? 46 : 32 };
}

export async function layoutDependencyGraph(graph: Pick<DependencyGraph, 'nodes' | 'edges'>): Promise<GraphLayout> {
    elk ??= new Elk();
    const root: ElkNode = {
        id: 'root',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'DOWN',
            'elk.edgeRouting': 'ORTHOGONAL',
            'elk.spacing.nodeNode': '32',
            'elk.layered.spacing.nodeNodeBetweenLayers': '56',
            'elk.spacing.edgeLabel': '4',
            'elk.edgeLabels.inline': 'false',
            'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
            'elk.padding': '[top=16,left=16,bottom=16,right=16]',
        },
        children: graph.nodes.map(node => ({ id: node.id, ...nodeSize(node) })),
        edges: graph.edges.map((edge): ElkExtendedEdge => {
            const text = edgeLabelText(edge);
            return {
                id: edge.id,
                sources: [edge.from],
                targets: [edge.to],
                labels: [{ id: `${edge.id}/label`, text, width: textWidth(text, EDGE_FONT_PX) + 6, height: EDGE_FONT_PX + 5 }],
            };
        }),
    };
    const laid = await elk.layout(root);
    const layout: GraphLayout = { width: laid.width ?? 0, height: laid.height ?? 0, nodes: {}, edges: {}, edgeLabels: {} };
    for (const child of laid.children ?? []) layout.nodes[child.id] = box(child);
    for (const edge of (laid.edges ?? []) as ElkExtendedEdge[]) {
        const points = (edge.sections ?? []).flatMap(section => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
        layout.edges[edge.id] = points.map(p => ({ x: p.x, y: p.y }));
        const label = edge.labels?.[0];
        if (label) layout.edgeLabels[edge.id] = box(label);
    }
    return layout;
}

function box(shape: { x?: number; y?: number; width?: number; height?: number }): NodeLayout {
    return { x: shape.x ?? 0, y: shape.y ?? 0, width: shape.width ?? 0, height: shape.height ?? 0 };
}
