import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../test/workspace.js';
import { isService, type Service } from '../generated/ast.js';
import {
    availabilityCeiling, describeCeiling, floorPercent, formatPercent, servicesOnCycles, type AvailabilityCeiling,
} from './availability.js';

async function ceilings(text: string) {
    const workspace = await buildWorkspace({ 'main.itsm': text });
    const services = workspace.services.Itsm;
    const all = services.references.DefinitionIndex.nodesOfType('Service', isService);
    const byName = (name: string) => all.find(s => s.name === name)!;
    return {
        all,
        byName,
        of: (name: string): AvailabilityCeiling => availabilityCeiling(byName(name), services),
    };
}

const names = (services: Iterable<Service>) => [...services].map(s => s.name).sort();

describe('availability', () => {
    it('multiplies serial dependencies and combines a redundant group as 1 − Π(1 − Aᵢ)', async () => {
        const { of } = await ceilings(`
service Directory { availability 99.95% }
service Dns { availability 99.9% }
service DnsSecondary { availability 99.9% }
service Email { depends on Directory  depends on any of (Dns, DnsSecondary) }
`);
        const result = of('Email');
        expect(result.ceiling).toBeCloseTo(99.95 * 0.999999, 10);
        expect(result.terms.map(t => [t.kind, t.availability])).toEqual([['serial', 99.95], ['any', expect.closeTo(99.9999, 10)]]);
        expect(describeCeiling(result)).toBe('99.9499% (Directory 99.95% × any of (Dns 99.9%, DnsSecondary 99.9%) 99.9999%)');
    });

    it('counts a service once, ignores itself, and leaves out groups that are not independent', async () => {
        const { of } = await ceilings(`
service A { availability 99% }
service B { availability 99% }
service C { availability 90% }
service S {
  depends on A, A, S
  depends on A
  depends on any of (A, B)
  depends on any of (B, C)
  depends on any of (C, B)
}
`);
        const result = of('S');
        // A once; (A, B) is up whenever A is; (C, B) shares members with (B, C).
        expect(result.terms.map(t => t.kind === 'serial' ? t.figure.service.name : t.members.map(m => m.service.name).join('|')))
            .toEqual(['A', 'B|C']);
        expect(result.ceiling).toBeCloseTo(99 * 0.999, 10);
    });

    it('bounds a dependency without a figure by its own ceiling, except on a cycle', async () => {
        const { of, all } = await ceilings(`
service Network { availability 99.5% }
service Gateway { depends on Network }
service Loop1 { depends on Loop2, Network }
service Loop2 { depends on Loop1 }
service Self { depends on Self }
service Top { depends on Gateway, Loop1 }
`);
        expect(names(servicesOnCycles(all))).toEqual(['Loop1', 'Loop2', 'Self']);
        const top = of('Top');
        expect(top.terms).toMatchObject([{ kind: 'serial', availability: 99.5, figure: { source: 'derived' } }]);
        expect(top.unknown.map(u => [u.service.name, u.reason])).toEqual([['Loop1', 'none']]);
        expect(of('Loop2').ceiling).toBeUndefined();
        expect(of('Self').ceiling).toBeUndefined();
    });

    it('treats an out-of-range figure, and a group with an unknown member, as not counted', async () => {
        const { of } = await ceilings(`
service Bad { availability 120% }
service Good { availability 99% }
service Unknown { }
service S { depends on Bad  depends on any of (Good, Unknown) }
`);
        const result = of('S');
        expect(result.ceiling).toBeUndefined();
        expect(result.unknown.map(u => [u.service.name, u.reason, u.group?.map(g => g.name)])).toEqual([
            ['Bad', 'out-of-range', undefined],
            ['Unknown', 'none', ['Good', 'Unknown']],
        ]);
        expect(describeCeiling(result)).toBeUndefined();
    });

    it('computes each ceiling once per build', async () => {
        const { of } = await ceilings('service A { availability 99% }\nservice B { depends on A }\n');
        expect(of('B')).toBe(of('B'));
    });

    it('formats percentages without float noise and floors suggestions', () => {
        expect(formatPercent(99.95 * 0.999999)).toBe('99.9499');
        expect(formatPercent(0.1 + 0.2)).toBe('0.3');
        expect(formatPercent(100)).toBe('100');
        expect(formatPercent(99.999995, 6)).toBe('99.999995');
        expect(floorPercent(99.9499, 2)).toBe(99.94);
        expect(floorPercent(99.9 * 1.0, 1)).toBe(99.9);
        expect(floorPercent(99.8001, 1)).toBe(99.8);
    });
});
