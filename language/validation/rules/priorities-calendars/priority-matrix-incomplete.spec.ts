import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'priority-matrix-incomplete';

describe(CODE, () => {
    it('flags an impact row with fewer priorities than urgency columns', async () => {
        const text = `priority matrix Standard {
  priorities P1, P2, P3
  urgency         high  medium  low
  impact high  -> P1    P2      P3
  impact low   -> P2    P3
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'impact low   -> P2    P3'),
            data: expect.objectContaining({ matrix: 'Standard', impact: 'low', missingUrgencies: ['low'] }),
        });
        expect(findings[0].message).toBe('Row impact low has 2 priorities for 3 urgency levels (high, medium, low): no priority for urgency low');
    });

    it('flags the extra priorities of a row with more cells than urgency columns', async () => {
        const text = `priority matrix Standard {
  priorities P1, P2, P3
  urgency         high  low
  impact high  -> P1    P2    P3 P3
  impact low   -> P2    P3
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ severity: 'error', ...spanOf(text, 'P3 P3') });
        expect(findings[0].message).toContain('P3, P3 are in no urgency column');
    });

    it('flags a matrix without impact rows on its name', async () => {
        const text = `priority matrix Empty {
  priorities P1, P2
  urgency high low
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ ...spanOf(text, 'Empty'), message: expect.stringContaining('has no impact rows') });
    });

    it('accepts a full matrix, even one that uses fewer impact rows than urgency columns', async () => {
        const text = `priority matrix Standard {
  priorities P1, P2, P3, P4, P5
  urgency         high  medium  low
  impact high  -> P1    P2      P3
  impact low   -> P3    P4      P5
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
