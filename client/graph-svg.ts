/**
 * Draws a laid-out dependency graph as SVG markup for the webview. Colours
 * come only from CSS classes (graph-html.ts maps them to the theme's
 * `--vscode-…` variables), so light, dark and high-contrast themes follow
 * automatically; nothing here is inline style (the webview's CSP forbids it).
 *
 * Each node is a focusable `<g data-node="id">` (click: go to its definition;
 * Shift+click: show the graph around it); each edge ends in an arrow at what
 * is depended on; edges of one redundancy group (`any of`) are dashed and
 * joined near their owner by an arc labelled "any of".
 */
import { edgeLabelText, type DependencyGraph, type GraphEdge, type GraphNode, type Point } from '../language/lsp/requests/protocol.js';

export function escapeXml(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const num = (n: number) => (Math.round(n * 10) / 10).toString();

export function renderGraphSvg(graph: DependencyGraph): string {
    const layout = graph.layout;
    if (!layout || graph.nodes.length === 0) return '';
    const nodesById = new Map(graph.nodes.map(node => [node.id, node]));
    const parts: string[] = [];
    const width = Math.ceil(layout.width);
    const height = Math.ceil(layout.height);
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(graph.title)}">`);
    parts.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">'
        + '<path class="arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>');
    parts.push('<g class="edges">');
    for (const edge of graph.edges) {
        const points = layout.edges[edge.id];
        if (!points || points.length < 2) continue;
        parts.push(renderEdge(edge, points, nodesById));
    }
    parts.push('</g><g class="groups">');
    for (const group of graph.groups) {
        const starts = group.edges.map(id => layout.edges[id]).filter((p): p is Point[] => !!p && p.length > 1).map(p => pointAlong(p, 7));
        if (starts.length < 2) continue;
        starts.sort((a, b) => a.x - b.x);
        const d = starts.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
        const last = starts[starts.length - 1];
        parts.push(`<g class="group" data-group="${escapeXml(group.id)}"><path d="${d}"/>`
            + `<text x="${num(last.x + 6)}" y="${num(last.y + 4)}">${escapeXml(group.label)}</text></g>`);
    }
    parts.push('</g><g class="edge-labels">');
    for (const edge of graph.edges) {
        const box = layout.edgeLabels[edge.id];
        if (!box) continue;
        parts.push(`<g class="edge-label kind-${edge.kind}${edge.group ? ' grouped' : ''}">`
            + `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="3"/>`
            + `<text x="${num(box.x + box.width / 2)}" y="${num(box.y + box.height - 4)}" text-anchor="middle">${escapeXml(edgeLabelText(edge))}</text></g>`);
    }
    parts.push('</g><g class="nodes">');
    for (const node of graph.nodes) {
        const box = layout.nodes[node.id];
        if (box) parts.push(renderNode(node, box));
    }
    parts.push('</g></svg>');
    return parts.join('');
}

function renderEdge(edge: GraphEdge, points: Point[], nodes: Map<string, GraphNode>): string {
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
    const from = nodes.get(edge.from)?.label ?? edge.from;
    const to = nodes.get(edge.to)?.label ?? edge.to;
    const title = `${from} ${edge.label} ${to}${edge.group ? ' (any of a group: one is enough)' : ''}`;
    return `<g class="edge kind-${edge.kind}${edge.group ? ' grouped' : ''}" data-edge="${escapeXml(edge.id)}">`
        + `<path d="${d}" marker-end="url(#arrow)"/><title>${escapeXml(title)}</title></g>`;
}

function renderNode(node: GraphNode, box: { x: number; y: number; width: number; height: number }): string {
    const classes = ['node', `kind-${node.kind}`];
    if (node.status) classes.push(`status-${node.status}`);
    if (node.external) classes.push('external');
    if (node.focus) classes.push('focus');
    const kindText = node.kind === 'ci' ? 'CI' : node.kind;
    const title = `${node.name} (${kindText}${node.status ? `, ${node.status}` : ''}) — click to go to the definition, Shift+click to show its dependency graph`;
    const cx = box.x + box.width / 2;
    const labelY = node.detail ? box.y + 19 : box.y + box.height / 2 + 5;
    const parts = [
        `<g class="${classes.join(' ')}" data-node="${escapeXml(node.id)}" data-name="${escapeXml(node.label)}" data-qname="${escapeXml(node.name)}" tabindex="0" role="button" aria-label="${escapeXml(`${kindText} ${node.name}`)}">`,
        `<title>${escapeXml(title)}</title>`,
        `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="${node.kind === 'service' ? 10 : 3}"/>`,
        `<text class="label" x="${num(cx)}" y="${num(labelY)}" text-anchor="middle">${escapeXml(node.label)}</text>`,
    ];
    if (node.detail) {
        parts.push(`<text class="detail" x="${num(cx)}" y="${num(box.y + 36)}" text-anchor="middle">${escapeXml(node.detail)}</text>`);
    }
    if (node.status) {
        parts.push(`<circle class="status" cx="${num(box.x + 9)}" cy="${num(box.y + 9)}" r="3.5"><title>${escapeXml(node.status)}</title></circle>`);
    }
    parts.push('</g>');
    return parts.join('');
}

/** The point `distance` along a polyline from its start (its end when the line is shorter). */
export function pointAlong(points: Point[], distance: number): Point {
    let left = distance;
    for (let i = 1; i < points.length; i++) {
        const a = points[i - 1];
        const b = points[i];
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        if (length >= left && length > 0) return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
        left -= length;
    }
    return points[points.length - 1];
}
