import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'service-dependency-cycle';

describe(CODE, () => {
    it('flags each service of a two-service cycle once, on its reference inside the cycle', async () => {
        const text = [
            'service Dns {}',
            'service Email { depends on Dns, Directory }',
            'service Directory { depends on Email }',
        ].join('\n');
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(2);
        expect(findings[0]).toMatchObject({ severity: 'warning', ...spanOf(text, 'Directory') });
        expect(findings[0].message).toBe('Email depends on Directory, which depends back on Email: Email → Directory → Email; ' +
            'impact analysis along these dependencies never ends');
        expect(findings[0].data).toMatchObject({ cycle: ['Email', 'Directory', 'Email'], dependency: 'Directory' });
        expect(findings[1]).toMatchObject(spanOf(text, 'Email', 2));
        expect(findings[1].data).toMatchObject({ cycle: ['Directory', 'Email', 'Directory'] });
    });

    it('spells out the shortest cycle through each service of a longer one, in any file', async () => {
        const files = {
            'a.itsm': 'service A { depends on B }\n',
            'b.itsm': 'service B { depends on any of (C, X) }\nservice X {}\n',
            'c.itsm': 'service C { depends on A }\n',
        };
        const findings = await findingsOf(CODE, files);
        expect(findings.map(f => `${f.file} ${(f.data!.cycle as string[]).join(' → ')}`)).toEqual([
            'a.itsm A → B → C → A',
            'b.itsm B → C → A → B',
            'c.itsm C → A → B → C',
        ]);
        expect(findings[1]).toMatchObject(spanOf(files['b.itsm'], 'C'));
        expect(findings[0].message).toBe('A depends on B, which leads back to A: A → B → C → A; impact analysis along these dependencies never ends');
    });

    it('picks the reference that closes the shortest cycle when several stay inside it', async () => {
        const text = [
            'service A { depends on B depends on C }',
            'service B { depends on C }',
            'service C { depends on A }',
        ].join('\n');
        const [a] = await findingsOf(CODE, text);
        expect(a).toMatchObject(spanOf(text, 'C'));
        expect(a.data).toMatchObject({ cycle: ['A', 'C', 'A'], component: ['A', 'B', 'C'] });
    });

    it('flags a service that depends on itself', async () => {
        const text = 'service Email { depends on Email }\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject(spanOf(text, 'Email', 2));
        expect(finding.message).toBe('Email depends on itself: Email → Email; impact analysis along these dependencies never ends');
    });

    it('accepts a dependency diamond, which shares services but has no cycle', async () => {
        const text = [
            'service Email { depends on Directory, Dns }',
            'service Directory { depends on Dns }',
            'service Dns {}',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
