import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'critical-service-without-continuity-plan';

describe(CODE, () => {
    it('flags a live tier-1 service without a plan, on its name', async () => {
        const text = 'service Email {\n  status live\n  tier 1\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'Email') });
        expect(finding.message).toBe('Email is a live tier-1 service without a continuity plan: ' +
            'add `continuity plan <Plan>` naming how it is recovered after a disaster');
    });

    it('accepts a plan, and leaves other tiers, pipeline, retired and undeclared lifecycles alone', async () => {
        const text = [
            'continuity plan MailDr { tested 2026-01-10 }',
            'service Email { status live tier 1 continuity plan MailDr }',
            'service Wiki { status live tier 2 }',
            'service Next { status pipeline tier 1 }',
            'service Fax { status retired tier 1 }',
            'service Chat { tier 1 }',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
