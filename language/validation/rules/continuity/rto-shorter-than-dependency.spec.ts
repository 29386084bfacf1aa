import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'rto-shorter-than-dependency';

describe(CODE, () => {
    it('flags a dependency whose RTO is longer, on the reference', async () => {
        const text = 'service Directory { rto 8h }\nservice Email {\n  rto 4h\n  depends on Directory\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'Directory', 2) });
        expect(finding.message).toBe('Email has RTO 4h but depends on Directory, whose RTO is 8h');
        expect(finding.data).toMatchObject({ service: 'Email', target: 'Directory', rtoSeconds: 14_400, floorSeconds: 28_800, origin: 'Directory' });
    });

    it('follows dependencies without an RTO to the RTO that decides the floor', async () => {
        const text = 'service Storage { rto 1d }\nservice Directory { depends on Storage }\nservice Email { rto 4h depends on Directory }\n';
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'Email has RTO 4h but depends on Directory, which cannot be back in less than 1d (the RTO of Storage, which it needs)',
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, 'Directory', 2));
    });

    it('flags an any of group only when its fastest member is too slow, on the whole clause', async () => {
        const text = 'service A { rto 8h }\nservice B { rto 12h }\nservice Email { rto 4h depends on any of (A, B) }\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject(spanOf(text, 'depends on any of (A, B)'));
        expect(finding.message).toBe('Email has RTO 4h but depends on any of (A, B), and the fastest of them, A, whose RTO is 8h');
    });

    it('accepts an any of group with one fast enough alternative, equal RTOs and unknown ones', async () => {
        const text = [
            'service Fast { rto 2h }',
            'service Slow { rto 1d }',
            'service Same { rto 4h }',
            'service Unknown {}',
            'service Email { rto 4h depends on any of (Fast, Slow) depends on Same, Unknown }',
            'service Chat { rto 1h depends on any of (Slow, Unknown) }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('leaves services without an RTO, retired ones and dependency cycles alone', async () => {
        const text = [
            'service Slow { rto 1d }',
            'service NoRto { depends on Slow }',
            'service Gone { rto 1h status retired depends on Slow }',
            'service Ping { rto 1h depends on Pong }',
            'service Pong { depends on Ping }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
