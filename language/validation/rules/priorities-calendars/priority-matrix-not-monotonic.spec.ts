import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'priority-matrix-not-monotonic';

describe(CODE, () => {
    it('flags the cell where raising impact gives a less urgent priority', async () => {
        const text = `priority matrix Standard {
  priorities P1, P2, P3, P4, P5
  urgency           high  medium  low
  impact high    -> P1    P4      P3
  impact medium  -> P2    P3      P4
  impact low     -> P3    P4      P5
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, 'P4', 2),
            data: expect.objectContaining({ matrix: 'Standard', impact: 'high', urgency: 'medium', priority: 'P4', suggested: 'P3' }),
        });
        expect(findings[0].message).toBe('P4 at impact high × urgency medium is less urgent than P3 at impact medium × urgency medium ' +
            'and P3 at impact high × urgency low: raising impact or urgency must never lower the priority');
    });

    it('flags the cell where raising urgency gives a less urgent priority', async () => {
        const text = `priority matrix Standard {
  priorities P1, P2, P3
  urgency         high  low
  impact high  -> P1    P1
  impact low   -> P3    P2
}`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ ...spanOf(text, 'P3    P2', 1), endColumn: spanOf(text, 'P3    P2').column + 2 });
        expect(findings[0].message).toContain('raising urgency must never lower the priority');
    });

    it('accepts the ServiceNow default lookup, where equal priorities repeat along the diagonals', async () => {
        const text = `priority matrix Standard {
  priorities P1, P2, P3, P4, P5
  urgency           high  medium  low
  impact high    -> P1    P2      P3
  impact medium  -> P2    P3      P4
  impact low     -> P3    P4      P5
}`;
        expect((await codesOf(text)).filter(code => code !== 'unused-definition')).toEqual([]);
    });

    it('ignores cells beyond the urgency columns (priority-matrix-incomplete reports them)', async () => {
        const text = `priority matrix Standard {
  priorities P1, P2
  urgency         high  low
  impact high  -> P1    P2    P1
  impact low   -> P2    P2
}`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
