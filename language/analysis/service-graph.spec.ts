import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../test/workspace.js';
import { isService, type Service } from '../generated/ast.js';
import { dependencyGroups, describeCycle, serviceGraph, ServiceGraph } from './service-graph.js';

async function graphOf(text: string) {
    const workspace = await buildWorkspace({ 'main.itsm': text });
    const services = workspace.services.Itsm;
    const byName = new Map(services.references.DefinitionIndex.nodesOfType('Service', isService).map(s => [s.name, s]));
    const service = (name: string) => byName.get(name)!;
    const names = (list: Iterable<Service>) => [...list].map(s => s.name);
    return { graph: serviceGraph(services), services, service, names };
}

const CATALOGUE = [
    'service Dns {}',
    'service DnsSecondary {}',
    'service Directory { depends on Dns }',
    'service Email { depends on Directory depends on any of (Dns, DnsSecondary) depends on Directory }',
    'service Calendar { depends on Email }',
].join('\n');

describe('service-graph', () => {
    it('lists direct dependencies in source order, marking any of members, and groups them by clause', async () => {
        const { graph, service, names } = await graphOf(CATALOGUE);
        const edges = graph.dependenciesOf(service('Email'));
        expect(edges.map(e => `${e.to.name}${e.redundant ? ' (any)' : ''}@${e.index}`)).toEqual(
            ['Directory@0', 'Dns (any)@0', 'DnsSecondary (any)@1', 'Directory@0']);
        expect(names(graph.directDependencies(service('Email')))).toEqual(['Directory', 'Dns', 'DnsSecondary']);
        expect(dependencyGroups(service('Email')).map(g => `${g.kind}: ${names(g.services).join(', ')}`))
            .toEqual(['all: Directory', 'any: Dns, DnsSecondary', 'all: Directory']);
    });

    it('reads dependencies backwards as dependants', async () => {
        const { graph, service, names } = await graphOf(CATALOGUE);
        expect(names(graph.directDependants(service('Dns')))).toEqual(['Directory', 'Email']);
        expect(graph.dependantsOf(service('Directory'))).toHaveLength(2);
        expect(graph.dependantsOf(service('Calendar'))).toEqual([]);
    });

    it('computes the transitive closure breadth-first, without the service itself off cycles', async () => {
        const { graph, service, names } = await graphOf(CATALOGUE);
        expect(names(graph.dependencyClosure(service('Calendar')))).toEqual(['Email', 'Directory', 'Dns', 'DnsSecondary']);
        expect(graph.dependencyClosure(service('Dns')).size).toBe(0);
        expect(graph.isOnCycle(service('Email'))).toBe(false);
        expect(graph.components()).toEqual([]);
    });

    it('finds cycles as components, terminates on them, and spells out the shortest cycle through each member', async () => {
        const { graph, service, names } = await graphOf([
            'service A { depends on B }',
            'service B { depends on C, A }',
            'service C { depends on A }',
            'service D { depends on A }',
            'service Self { depends on Self }',
        ].join('\n'));
        expect(graph.components().map(c => names(c).sort().join(','))).toEqual(expect.arrayContaining(['A,B,C', 'Self']));
        expect(graph.components()).toHaveLength(2);
        expect(describeCycle(graph.cycleOf(service('A'))!)).toBe('A → B → A');
        expect(describeCycle(graph.cycleOf(service('C'))!)).toBe('C → A → B → C');
        expect(describeCycle(graph.cycleOf(service('Self'))!)).toBe('Self → Self');
        expect(graph.cycleOf(service('D'))).toBeUndefined();
        expect(names(graph.dependencyClosure(service('D'))).sort()).toEqual(['A', 'B', 'C']);
        expect(graph.dependencyClosure(service('A')).has(service('A'))).toBe(true);
    });

    it('is built once per build and shared', async () => {
        const { graph, services } = await graphOf(CATALOGUE);
        expect(serviceGraph(services)).toBe(graph);
    });

    it('adds a service it was not built with, with what it reaches', async () => {
        const { service } = await graphOf(CATALOGUE);
        const graph = new ServiceGraph([service('Dns')]);
        expect(graph.services).toHaveLength(1);
        expect(graph.dependenciesOf(service('Calendar'))).toHaveLength(1);
        expect(graph.services.length).toBe(5);
        expect(graph.dependantsOf(service('Dns'))).toHaveLength(2);
    });

    it('walks a 5000-service cycle without recursion', () => {
        const count = 5000;
        const chain = Array.from({ length: count }, (_, i) => ({ name: `S${i}`, dependencies: [] as unknown[] }) as unknown as Service);
        chain.forEach((s, i) => {
            const to = chain[(i + 1) % count];
            (s.dependencies as unknown[]).push({ redundant: false, services: [{ ref: to, $refText: to.name }] });
        });
        // Stand-ins for AST nodes: `isService` only looks at $type.
        chain.forEach(s => Object.assign(s, { $type: 'Service' }));
        const graph = new ServiceGraph(chain);
        expect(graph.componentOf(chain[0])).toHaveLength(count);
        expect(graph.cycleOf(chain[10])!.path).toHaveLength(count + 1);
    });
});
