import { describe, expect, it } from 'vitest';
import { isConfigurationItem, type ConfigurationItem } from '../generated/ast.js';
import { buildWorkspace } from '../../test/workspace.js';
import { describeHostingPath, hostingChain, hostingModel, MAX_CHAIN_PATHS } from './hosting.js';

async function cis(text: string) {
    const workspace = await buildWorkspace({ 'main.itsm': text });
    const items = workspace.documents.get('main.itsm')!.parseResult.value.definitions.filter(isConfigurationItem);
    const byName = (name: string) => items.find(ci => ci.name === name)!;
    return { services: workspace.services.Itsm, byName };
}

const names = (list: ConfigurationItem[]) => list.map(ci => ci.name);

describe('hosting', () => {
    it('lists hosting chains to the top-level hosts, through redundant members', async () => {
        const { services, byName } = await cis(`ci class Server
ci rack1: Server
ci vmhost03: Server { hosted on rack1 }
ci vmhost04: Server
ci mx01: Server { runs on vmhost03 }
ci mx02: Server { runs on vmhost04 }
ci exchange: Server {
  runs on any of (mx01, mx02)
  depends on vmhost04
}`);
        const chain = hostingChain(byName('exchange'), services);
        expect(chain.paths.map(describeHostingPath)).toEqual([
            'exchange runs on mx01, mx01 runs on vmhost03, vmhost03 is hosted on rack1',
            'exchange runs on mx02, mx02 runs on vmhost04',
        ]);
        expect(chain).toMatchObject({ cyclic: false, truncated: false });
        expect(hostingChain(byName('rack1'), services).paths).toEqual([]);
        expect(hostingChain(byName('exchange'), services)).toBe(chain);
    });

    it('finds every host a CI ends up on, nearest first, with shortest paths', async () => {
        const { services, byName } = await cis(`ci class Server
ci rack1: Server
ci vmhost03: Server { hosted on rack1 }
ci mx01: Server { runs on vmhost03 }
ci app: Server { runs on mx01, rack1 }`);
        const model = hostingModel(services);
        expect(names(model.hostsOf(byName('app')))).toEqual(['app', 'mx01', 'rack1', 'vmhost03']);
        expect(describeHostingPath(model.pathTo(byName('app'), byName('vmhost03'))!)).toBe('app runs on mx01, mx01 runs on vmhost03');
        expect(model.pathTo(byName('app'), byName('app'))).toEqual([]);
        expect(model.pathTo(byName('rack1'), byName('app'))).toBeUndefined();
        const [spof] = model.singlePointsOfFailure(byName('app'));
        expect(names(spof.sharedHosts)).toEqual(['rack1']);
    });

    it('terminates on cycles and marks the chain cyclic', async () => {
        const { services, byName } = await cis(`ci class Server
ci a: Server { runs on b }
ci b: Server { runs on c }
ci c: Server { runs on a }
ci d: Server { runs on a }`);
        const model = hostingModel(services);
        expect(model.isOnCycle(byName('d'))).toBe(false);
        expect(model.cycleThrough(byName('d'))).toBeUndefined();
        expect(names(model.cycleThrough(byName('b'))!.map(e => e.to))).toEqual(['c', 'a', 'b']);
        const chain = model.hostingChain(byName('d'));
        expect(chain.cyclic).toBe(true);
        expect(chain.paths.map(describeHostingPath)).toEqual(['d runs on a, a runs on b, b runs on c, c runs on a']);
        expect(names(model.hostsOf(byName('d')))).toEqual(['d', 'a', 'b', 'c']);
    });

    it('caps the number of chains of a heavily shared hosting graph', async () => {
        // Six layers of two hosts, each on both hosts below: 2^6 paths from the top.
        const layers = Array.from({ length: 7 }, (_, i) => [`l${i}a`, `l${i}b`]);
        const text = ['ci class Server', ...layers.flatMap((layer, i) => layer.map(name =>
            i === layers.length - 1 ? `ci ${name}: Server` : `ci ${name}: Server { runs on ${layers[i + 1].join(', ')} }`))].join('\n');
        const { services, byName } = await cis(text);
        const chain = hostingChain(byName('l0a'), services);
        expect(chain.paths).toHaveLength(MAX_CHAIN_PATHS);
        expect(chain.truncated).toBe(true);
    });
});
