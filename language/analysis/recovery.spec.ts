import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../test/workspace.js';
import { isService } from '../generated/ast.js';
import { recoveryTimes } from './recovery.js';

async function times(text: string) {
    const workspace = await buildWorkspace({ 'main.itsm': text });
    const services = workspace.services.Itsm;
    const byName = (name: string) => services.references.DefinitionIndex.nodesOfType('Service', isService).find(s => s.name === name)!;
    const describe = (time: { seconds: number; origin: { name: string } } | undefined) => time && `${time.seconds / 3600}h from ${time.origin.name}`;
    return {
        floor: (name: string) => describe(recoveryTimes(services).floorOf(byName(name))),
        recovery: (name: string) => describe(recoveryTimes(services).recoveryOf(byName(name))),
    };
}

describe('recovery times', () => {
    it('takes the slowest of a plain clause and the fastest of an any of group, the later of the two', async () => {
        const { floor, recovery } = await times(`
service Directory { rto 2h }
service Dns { rto 1h }
service DnsSecondary { rto 4h }
service Email { rto 4h depends on Directory depends on any of (Dns, DnsSecondary) }
service Chat { rto 1h depends on any of (DnsSecondary, Directory) }
`);
        expect(floor('Email')).toBe('2h from Directory');
        expect(recovery('Email')).toBe('4h from Email');
        expect(floor('Chat')).toBe('2h from Directory');
        expect(recovery('Chat')).toBe('2h from Directory');
    });

    it('passes a floor through a service without an RTO, and gives none for an any of group with an unknown member', async () => {
        const { floor, recovery } = await times(`
service Storage { rto 24h }
service Directory { depends on Storage }
service Email { rto 4h depends on Directory }
service Unknown {}
service Chat { depends on any of (Storage, Unknown) }
`);
        expect(recovery('Directory')).toBe('24h from Storage');
        expect(floor('Email')).toBe('24h from Storage');
        expect(floor('Chat')).toBeUndefined();
        expect(floor('Storage')).toBeUndefined();
    });

    it('gives the services of a cycle one floor, from what they need outside it, whatever the order', async () => {
        const { floor } = await times([
            'service A { rto 1h depends on B }',
            'service B { rto 8h depends on A depends on Storage }',
            'service Storage { rto 12h }',
            'service Mail { rto 1h depends on A }',
        ].join('\n'));
        expect(floor('A')).toBe('12h from Storage');
        expect(floor('B')).toBe('12h from Storage');
        expect(floor('Mail')).toBe('12h from Storage');
        const alone = await times('service A { rto 1h depends on B }\nservice B { rto 8h depends on A }\n');
        expect([alone.floor('B'), alone.floor('A')]).toEqual([undefined, undefined]);
    });

    it('follows a chain of twenty thousand services without running out of stack', async () => {
        const count = 20_000;
        const lines = Array.from({ length: count }, (_, i) => `service S${i} {${i + 1 < count ? ` depends on S${i + 1}` : ' rto 8h'} }`);
        const { floor } = await times(lines.join('\n'));
        expect(floor('S0')).toBe(`8h from S${count - 1}`);
    }, 60_000);
});
