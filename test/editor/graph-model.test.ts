/**
 * The dependency graph model behind `itsm/dependencyGraph` (no VS Code, no
 * server): every service, CI and relationship of examples/acme appears, any-of
 * groups are marked, and the focus scope follows the direction and depth.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDependencyGraph } from '../../language/lsp/requests/dependency-graph.js';
import type { DependencyGraph, DependencyGraphParams } from '../../language/lsp/requests/protocol.js';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { acmeWorkspace, uriOf } from './navigation-workspace.js';

let acme: TestWorkspace;
beforeAll(async () => {
    acme = await acmeWorkspace();
});

const graphOf = (workspace: TestWorkspace, params: Partial<DependencyGraphParams> & { file?: string }) =>
    buildDependencyGraph(workspace.services.Itsm, { uri: uriOf(params.file ?? 'services.itsm'), ...params });
const nodeNames = (graph: DependencyGraph) => graph.nodes.map(n => n.name).sort();
const edgeText = (graph: DependencyGraph) => graph.edges.map(e => `${e.from} ${e.label} ${e.to}${e.group ? ' [group]' : ''}`).sort();

describe('dependency graph of examples/acme', () => {
    it('shows every service, CI and relationship across the files', () => {
        const graphs = ['services.itsm', 'cmdb.itsm', 'shared.itsm'].map(file => graphOf(acme, { file }));
        const nodes = new Set(graphs.flatMap(nodeNames));
        expect([...nodes].sort()).toEqual([
            'acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary', 'acme.it.Email', 'acme.it.Fax',
            'acme.it.exchange', 'acme.it.faxgw', 'acme.it.mx01', 'acme.it.mx02', 'acme.it.vmhost03', 'acme.it.vmhost04',
            'acme.shared.ad01',
        ]);
        const edges = new Set(graphs.flatMap(edgeText));
        expect([...edges].sort()).toEqual([
            'ci:acme.it.exchange depends on ci:acme.shared.ad01',
            'ci:acme.it.exchange runs on ci:acme.it.mx01 [group]',
            'ci:acme.it.exchange runs on ci:acme.it.mx02 [group]',
            'ci:acme.it.mx01 runs on ci:acme.it.vmhost03',
            'ci:acme.it.mx02 runs on ci:acme.it.vmhost04',
            'service:acme.it.Directory realized by ci:acme.shared.ad01',
            'service:acme.it.Email depends on service:acme.it.Directory',
            'service:acme.it.Email depends on service:acme.it.Dns [group]',
            'service:acme.it.Email depends on service:acme.it.DnsSecondary [group]',
            'service:acme.it.Email realized by ci:acme.it.exchange',
            'service:acme.it.Fax realized by ci:acme.it.faxgw',
        ]);
    });

    it('draws a file\'s definitions and marks their neighbours from other files as external', () => {
        const graph = graphOf(acme, { file: 'services.itsm' });
        expect(graph.scope).toBe('file');
        expect(graph.title).toBe('services.itsm');
        expect(graph.nodes.filter(n => !n.external).map(n => n.label)).toEqual(['Directory', 'Dns', 'DnsSecondary', 'Email', 'Fax']);
        expect(graph.nodes.filter(n => n.external).map(n => n.label).sort()).toEqual(['ad01', 'exchange', 'faxgw']);
        const email = graph.nodes.find(n => n.label === 'Email')!;
        expect(email).toMatchObject({ kind: 'service', detail: 'business service · tier 1', status: 'live' });
        expect(email.location.uri).toBe(uriOf('services.itsm'));
        expect(email.location.range.start).toEqual({ line: 44, character: 8 });
        expect(graph.nodes.find(n => n.label === 'faxgw')).toMatchObject({ kind: 'ci', detail: 'Server · production', status: 'decommissioned' });
        expect(graph.candidates).toHaveLength(12);
    });

    it('marks any-of groups: a service\'s `depends on any of`, a CI\'s several hosts', () => {
        const services = graphOf(acme, { file: 'services.itsm' });
        expect(services.groups).toEqual([{
            id: 'service:acme.it.Email/any-of#2', owner: 'service:acme.it.Email', label: 'any of',
            edges: ['service:acme.it.Email->service:acme.it.Dns:depends-on', 'service:acme.it.Email->service:acme.it.DnsSecondary:depends-on'],
        }]);
        const cmdb = graphOf(acme, { file: 'cmdb.itsm' });
        expect(cmdb.groups.map(g => [g.owner, g.edges.length])).toEqual([['ci:acme.it.exchange', 2]]);
    });

    it('gives each edge the place the relationship is written', () => {
        const graph = graphOf(acme, { file: 'cmdb.itsm' });
        const edge = graph.edges.find(e => e.id === 'ci:acme.it.exchange->ci:acme.shared.ad01:depends-on')!;
        const text = acme.documents.get('cmdb.itsm')!.textDocument.getText(edge.location.range);
        expect(text).toBe('acme.shared.ad01');
    });
});

describe('focus on a service or CI', () => {
    it('follows what the focus needs (down)', () => {
        const graph = graphOf(acme, { focus: 'acme.it.Email', direction: 'down' });
        expect(graph.scope).toBe('focus');
        expect(nodeNames(graph)).toEqual(['acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary', 'acme.it.Email',
            'acme.it.exchange', 'acme.it.mx01', 'acme.it.mx02', 'acme.it.vmhost03', 'acme.it.vmhost04', 'acme.shared.ad01']);
        expect(graph.nodes.filter(n => n.focus).map(n => n.name)).toEqual(['acme.it.Email']);
        expect(graph.edges).toHaveLength(10);
        expect(graph.groups).toHaveLength(2);
    });

    it('follows what needs the focus (up: the impact of its failure)', () => {
        const graph = graphOf(acme, { focus: 'acme.shared.ad01', direction: 'up' });
        expect(nodeNames(graph)).toEqual(['acme.it.Directory', 'acme.it.Email', 'acme.it.exchange', 'acme.shared.ad01']);
    });

    it('walks each way from the focus with `both`, never down and then up', () => {
        const graph = graphOf(acme, { focus: 'acme.it.mx01', direction: 'both' });
        expect(nodeNames(graph)).toEqual(['acme.it.Email', 'acme.it.exchange', 'acme.it.mx01', 'acme.it.vmhost03']);
        expect(graph.groups).toEqual([]); // only one of exchange's two hosts is shown
    });

    it('stops at the depth asked for', () => {
        expect(nodeNames(graphOf(acme, { focus: 'acme.it.Email', direction: 'down', depth: 1 })))
            .toEqual(['acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary', 'acme.it.Email', 'acme.it.exchange']);
        expect(nodeNames(graphOf(acme, { focus: 'acme.it.Email', direction: 'down', depth: 0 }))).toEqual(['acme.it.Email']);
        expect(graphOf(acme, { focus: 'acme.it.Email', direction: 'down', depth: 2 }).title).toBe('acme.it.Email — what it needs, depth 2');
    });

    it('accepts a unique simple name, and says when the focus is unknown', () => {
        expect(nodeNames(graphOf(acme, { focus: 'Fax', direction: 'down' }))).toEqual(['acme.it.Fax', 'acme.it.faxgw']);
        const unknown = graphOf(acme, { focus: 'acme.it.Nope' });
        expect(unknown.nodes).toEqual([]);
        expect(unknown.problem).toBe("No service or CI named 'acme.it.Nope' in the workspace.");
    });

    it('hangs owner and support teams off the nodes when asked, without walking through them', () => {
        const graph = graphOf(acme, { focus: 'acme.it.Dns', direction: 'both', includeTeams: true });
        expect(nodeNames(graph)).toEqual(['acme.it.Dns', 'acme.it.Email', 'acme.it.Infrastructure', 'acme.it.Messaging', 'acme.it.ServiceDesk']);
        expect(edgeText(graph)).toContain('service:acme.it.Dns support team:acme.it.ServiceDesk');
        expect(graph.nodes.find(n => n.kind === 'team')?.detail).toBe('team');
        expect(graphOf(acme, { focus: 'acme.it.Dns' }).nodes.some(n => n.kind === 'team')).toBe(false);
    });
});

describe('every kind of relationship', () => {
    it('reads hosted on, connects to, member of, CI any-of groups and a service realized by a service', async () => {
        const workspace = await buildWorkspace({
            'x.itsm': [
                'ci class K',
                'ci h1: K', 'ci h2: K', 'ci lb: K', 'ci cluster: K',
                'ci app: K { hosted on any of (h1, h2) connects to lb member of cluster }',
                'service Base { realized by app }',
                'service Top { realized by Base depends on Base }',
            ].join('\n'),
        });
        const graph = buildDependencyGraph(workspace.services.Itsm, { uri: 'file:///ws/x.itsm' });
        expect(edgeText(graph)).toEqual([
            'ci:app connects to ci:lb',
            'ci:app hosted on ci:h1 [group]',
            'ci:app hosted on ci:h2 [group]',
            'ci:app member of ci:cluster',
            'service:Base realized by ci:app',
            'service:Top depends on service:Base',
            'service:Top realized by service:Base',
        ]);
        expect(graph.edges.map(e => e.kind)).toContain('hosted-on');
        expect(graph.groups).toHaveLength(1);
    });

    it('keeps a dependency cycle finite and tells two definitions of one name apart', async () => {
        const workspace = await buildWorkspace({
            'a.itsm': 'service A { depends on B }\nservice B { depends on A }\n',
            'b.itsm': 'service B { }\n',
        });
        const graph = buildDependencyGraph(workspace.services.Itsm, { uri: 'file:///ws/a.itsm', focus: 'A', direction: 'down' });
        expect(graph.nodes.map(n => n.id).sort()).toEqual(['service:A', 'service:B']);
        const ids = buildDependencyGraph(workspace.services.Itsm, { uri: 'file:///ws/b.itsm' }).nodes.map(n => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(buildDependencyGraph(workspace.services.Itsm, { uri: 'file:///elsewhere.itsm' }).problem)
            .toBe('The file is not part of the ITSM workspace.');
    });
});

describe('the order of the graph', () => {
    it('is file and source order, whatever order the files were loaded in', async () => {
        const files: Record<string, string> = {
            'b.itsm': 'service B2 {}\nservice B1 { depends on A1 }\n',
            'a.itsm': 'service A2 {}\nservice A1 {}\n',
        };
        const reversed = Object.fromEntries(Object.entries(files).reverse());
        for (const order of [files, reversed]) {
            const workspace = await buildWorkspace(order);
            const labels = (file: string) => graphOf(workspace, { file }).nodes.map(n => n.label);
            expect(labels('b.itsm')).toEqual(['A1', 'B2', 'B1']);
            expect(labels('a.itsm')).toEqual(['A2', 'A1', 'B1']);
        }
    });
});
