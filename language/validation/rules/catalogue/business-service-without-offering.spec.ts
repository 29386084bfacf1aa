import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'business-service-without-offering';

describe(CODE, () => {
    it('flags a live business service that offers nothing, on its name', async () => {
        const text = 'service Email {\n  kind business\n  status live\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'Email') });
        expect(finding.message).toBe('Email is a live business service but offers nothing; add an `offering` for the audience that uses it');
        expect(finding.data).toMatchObject({ service: 'Email', suggested: 'EmailStandard' });
    });

    it('accepts a live business service with an offering', async () => {
        expect(await findingsOf(CODE, 'service Email { kind business status live offering EmailStandard }\n')).toEqual([]);
    });

    it('accepts a live technical service without offerings', async () => {
        expect(await findingsOf(CODE, 'service Dns { kind technical status live }\n')).toEqual([]);
    });

    it('accepts a business service that is not live, and one of undeclared kind', async () => {
        const text = 'service Fax { kind business status retired }\nservice Chat { kind business status pipeline }\nservice Misc { status live }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
