import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'calendar-invalid-range';

describe(CODE, () => {
    it('flags a range that ends before it starts', async () => {
        const text = 'calendar Night {\n  mon..fri 22:00-06:00\n}';
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ severity: 'error', ...spanOf(text, '22:00-06:00') });
        expect(findings[0].message).toContain('Time range 22:00-06:00 ends before it starts');
    });

    it('flags a time after 24:00 and a time with more than 59 minutes', async () => {
        const text = 'calendar Odd {\n  mon 08:00-24:30\n  tue 08:75-10:00\n}';
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            "Time '24:30' is outside 00:00-24:00",
            "Time '08:75' has 75 minutes; minutes go from 00 to 59",
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, '24:30'));
    });

    it('accepts a range that closes at midnight', async () => {
        expect(await findingsOf(CODE, 'calendar Evening {\n  mon..fri 18:00-24:00, 00:00-06:00\n}')).toEqual([]);
    });
});
