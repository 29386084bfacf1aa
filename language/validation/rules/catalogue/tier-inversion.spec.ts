import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'tier-inversion';

describe(CODE, () => {
    it('flags a tier-1 service that depends on a tier-3 service, on the reference', async () => {
        const text = 'service Archive { tier 3 }\nservice Email {\n  tier 1\n  depends on Archive\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'Archive', 2) });
        expect(finding.message).toBe('Email is tier 1 but depends on Archive, tier 3: it is only as available and as well supported as Archive');
        expect(finding.data).toMatchObject({ service: 'Email', target: 'Archive', tier: 1, targetTier: 3, suggestedTargetTier: 1 });
    });

    it('flags a less critical member of an any of group and a less critical realizing service', async () => {
        const text = [
            'service Dns { tier 1 }',
            'service DnsBackup { tier 2 }',
            'service Host { tier 4 }',
            'service Email { tier 1 depends on any of (Dns, DnsBackup) realized by Host }',
        ].join('\n');
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'Email is tier 1 but depends on DnsBackup (in any of (Dns, DnsBackup)), tier 2: it is only as available and as well supported as DnsBackup',
            'Email is tier 1 but is realized by Host, tier 4: it is only as available and as well supported as Host',
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, 'DnsBackup', 2));
        expect(findings[1]).toMatchObject(spanOf(text, 'Host', 2));
    });

    it('accepts dependencies of the same or a more critical tier', async () => {
        const text = 'service Dns { tier 1 }\nservice Wiki { tier 2 }\nservice Portal { tier 3 depends on Dns, Wiki }\nservice Blog { tier 2 depends on Wiki }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('does not guess a missing tier on either side', async () => {
        const text = 'service Archive { tier 3 }\nservice Untiered {}\nservice Email { depends on Archive }\nservice Chat { tier 1 depends on Untiered }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('leaves retired services alone, as the dependant or the dependency', async () => {
        const text = 'service Old { tier 4 status retired }\nservice Email { tier 1 depends on Old }\nservice Gone { tier 1 status retired depends on Slow }\nservice Slow { tier 4 }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
