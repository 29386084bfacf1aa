/**
 * The ELK layout of the dependency graph and the webview that draws it:
 * every node gets finite coordinates and no two nodes overlap; every edge a
 * finite route; the SVG has one clickable element per node, escapes text and
 * takes its colours from the theme; the page's CSP allows only nonce'd code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphHtml } from '../../client/graph-html.js';
import { escapeXml, pointAlong, renderGraphSvg } from '../../client/graph-svg.js';
import { buildDependencyGraph } from '../../language/lsp/requests/dependency-graph.js';
import { layoutDependencyGraph } from '../../language/lsp/requests/graph-layout.js';
import { LayoutRunner, LayoutSuperseded, LayoutTimeout, WORKER_FILE } from '../../language/lsp/requests/layout-runner.js';
import type { DependencyGraph, GraphLayout } from '../../language/lsp/requests/protocol.js';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { acmeWorkspace, uriOf } from './navigation-workspace.js';

let acme: TestWorkspace;
beforeAll(async () => {
    acme = await acmeWorkspace();
});

function expectSoundLayout(graph: DependencyGraph, layout: GraphLayout): void {
    expect(Object.keys(layout.nodes).sort()).toEqual(graph.nodes.map(n => n.id).sort());
    const boxes = Object.values(layout.nodes);
    for (const box of boxes) {
        for (const value of [box.x, box.y, box.width, box.height]) expect(Number.isFinite(value)).toBe(true);
        expect(box.width).toBeGreaterThan(0);
        expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 0.5);
    }
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
            expect(overlap, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
        }
    }
    for (const edge of graph.edges) {
        const route = layout.edges[edge.id];
        expect(route?.length, edge.id).toBeGreaterThanOrEqual(2);
        for (const point of route) expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
        expect(Number.isFinite(layout.edgeLabels[edge.id]?.x)).toBe(true);
    }
}

describe('ELK layout', () => {
    it('places every node of the acme graphs at finite coordinates without overlaps', async () => {
        for (const params of [
            { uri: uriOf('services.itsm'), includeTeams: true },
            { uri: uriOf('cmdb.itsm') },
            { uri: uriOf('services.itsm'), focus: 'acme.it.Email', direction: 'both' as const },
        ]) {
            const graph = buildDependencyGraph(acme.services.Itsm, params);
            expectSoundLayout(graph, await layoutDependencyGraph(graph));
        }
    });

    it('puts what depends above what it depends on', async () => {
        const graph = buildDependencyGraph(acme.services.Itsm, { uri: uriOf('services.itsm'), focus: 'acme.it.Email', direction: 'down' });
        const layout = await layoutDependencyGraph(graph);
        const y = (name: string) => layout.nodes[graph.nodes.find(n => n.name === name)!.id].y;
        expect(y('acme.it.Email')).toBeLessThan(y('acme.it.exchange'));
        expect(y('acme.it.exchange')).toBeLessThan(y('acme.it.mx01'));
        expect(y('acme.it.mx01')).toBeLessThan(y('acme.it.vmhost03'));
    });

    it('lays out a larger graph with cycles and groups soundly', async () => {
        const lines = ['ci class K'];
        for (let i = 0; i < 30; i++) lines.push(`ci c${i}: K { runs on c${(i * 7 + 3) % 30}, c${(i * 11 + 5) % 30} }`);
        for (let i = 0; i < 20; i++) lines.push(`service S${i} { depends on any of (S${(i + 1) % 20}, S${(i + 5) % 20}) realized by c${i} }`);
        const workspace = await buildWorkspace({ 'big.itsm': lines.join('\n') });
        const graph = buildDependencyGraph(workspace.services.Itsm, { uri: 'file:///ws/big.itsm' });
        expect(graph.nodes).toHaveLength(50);
        expectSoundLayout(graph, await layoutDependencyGraph(graph));
    });
});

describe('the webview', () => {
    it('draws one focusable node per graph node, every edge with an arrow, and the any-of groups', async () => {
        const graph = buildDependencyGraph(acme.services.Itsm, { uri: uriOf('services.itsm') });
        const svg = renderGraphSvg({ ...graph, layout: await layoutDependencyGraph(graph) });
        for (const node of graph.nodes) expect(svg).toContain(`data-node="${node.id}" data-name="${node.label}" data-qname="${node.name}"`);
        expect(svg.match(/<g class="node /g)).toHaveLength(graph.nodes.length);
        expect(svg.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(graph.edges.length);
        expect(svg.match(/tabindex="0"/g)).toHaveLength(graph.nodes.length);
        expect(svg).toContain('class="group" data-group="service:acme.it.Email/any-of#2"');
        expect(svg).toContain('depends on · any of');
        expect(svg).toContain('class="node kind-ci status-decommissioned external"');
        expect(svg).not.toMatch(/style=|#[0-9a-f]{3,6}\b|rgb\(/i);
        expect(renderGraphSvg({ ...graph, layout: undefined })).toBe('');
    });

    it('escapes text', () => {
        expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
        const svg = renderGraphSvg({
            scope: 'file', title: 'a "b" <c>', candidates: [], groups: [], edges: [],
            nodes: [{ id: 'service:<x>', kind: 'service', name: '<x>', label: '<x>', location: { uri: 'file:///x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }],
            layout: { width: 100, height: 50, nodes: { 'service:<x>': { x: 0, y: 0, width: 90, height: 30 } }, edges: {}, edgeLabels: {} },
        });
        expect(svg).not.toContain('<x>');
        expect(svg).toContain('aria-label="a &quot;b&quot; &lt;c&gt;"');
    });

    it('finds the point a distance along a route', () => {
        expect(pointAlong([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 10, y: 10 }], 15)).toEqual({ x: 5, y: 10 });
        expect(pointAlong([{ x: 0, y: 0 }, { x: 3, y: 4 }], 50)).toEqual({ x: 3, y: 4 });
    });

    it('has a strict Content-Security-Policy: nothing from the network, code and style only with the nonce', () => {
        const html = graphHtml('N0nce', 'vscode-webview://abc');
        const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1];
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("script-src 'nonce-N0nce'");
        expect(csp).toContain("style-src vscode-webview://abc 'nonce-N0nce'");
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
        expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="N0nce">']);
        expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="N0nce">']);
        expect(html).not.toMatch(/https?:\/\//);
        expect(html).not.toMatch(/ style="/);
    });

    it('takes every colour from the theme', () => {
        const html = graphHtml('n', 'src');
        const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)![1];
        expect(style).toContain('var(--vscode-editor-background)');
        expect(style).toContain('var(--vscode-focusBorder)');
        expect(style).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|\b(white|black)\b/i);
        // The page's script is valid JavaScript (it is kept as text, out of TypeScript's reach).
        const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(html)![1];
        expect(() => new Function(script)).not.toThrow();
        // Clicks open definitions; Shift+click refocuses; the page says when it is ready.
        expect(html).toContain("type: 'open'");
        expect(html).toContain("vscode.postMessage({ type: 'ready' })");
    });
});

describe('layouts off the server thread', () => {
    let workerFile: string;
    beforeAll(async () => {
        const { mkdtempSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const path = await import('node:path');
        const esbuild = await import('esbuild');
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-layout-worker-'));
        workerFile = path.join(folder, WORKER_FILE);
        await esbuild.build({
            entryPoints: [path.resolve(__dirname, '../../language/lsp/requests/graph-layout-worker.ts')],
            bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: workerFile, logLevel: 'silent',
        });
    }, 60_000);

    it('lays out in a worker thread, the same as in-process', async () => {
        const graph = buildDependencyGraph(acme.services.Itsm, { uri: uriOf('cmdb.itsm') });
        const runner = new LayoutRunner(workerFile);
        try {
            expect(runner.usesWorker).toBe(true);
            expect(await runner.layout(graph)).toEqual(await layoutDependencyGraph(graph));
        } finally {
            runner.dispose();
        }
    });

    it('ends a layout when a newer one is asked for, and one that takes too long', async () => {
        const graph = buildDependencyGraph(acme.services.Itsm, { uri: uriOf('services.itsm'), includeTeams: true });
        const runner = new LayoutRunner(workerFile);
        try {
            const first = runner.layout(graph);
            const second = runner.layout(graph);
            await expect(first).rejects.toBeInstanceOf(LayoutSuperseded);
            expect(Object.keys((await second).nodes)).toHaveLength(graph.nodes.length);
        } finally {
            runner.dispose();
        }
        const impatient = new LayoutRunner(workerFile, 1);
        await expect(impatient.layout(graph)).rejects.toBeInstanceOf(LayoutTimeout);
        impatient.dispose();
    });
});
