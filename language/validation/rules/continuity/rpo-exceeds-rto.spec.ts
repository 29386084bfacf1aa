import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'rpo-exceeds-rto';

describe(CODE, () => {
    it('flags an RPO longer than the RTO, on the RPO', async () => {
        const text = 'service Email {\n  rto 4h\n  rpo 1d\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, '1d') });
        expect(finding.message).toBe('Email may lose 1d of data (RPO) but must be back within 4h (RTO): ' +
            'a recovery point older than the recovery time is unusual; check that the two are not swapped');
        expect(finding.data).toMatchObject({ rpoSeconds: 86_400, rtoSeconds: 14_400 });
    });

    it('accepts an RPO equal to or shorter than the RTO, and either one alone', async () => {
        const text = 'service A { rto 4h rpo 240m }\nservice B { rto 4h rpo 15m }\nservice C { rpo 1w }\nservice D { rto 1m }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
