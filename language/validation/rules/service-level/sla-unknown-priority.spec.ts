import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'sla-unknown-priority';

// P5 is declared but no cell yields it.
const MATRIX = `
priority matrix Standard {
  priorities P1, P2, P3, P4, P5
  urgency         high  low
  impact high  -> P1    P2
  impact low   -> P3    P4
}
`;

describe(CODE, () => {
    it('flags a target for a priority the agreement\'s matrix never yields, on the priority name', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P1 { response 15m }
  P5 { response 2d }
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'P5 {'),
            endColumn: spanOf(text, 'P5 {').column + 2,
            data: { agreement: 'Gold', priority: 'P5', matrices: ['Standard'] },
        });
        expect(findings[0].message).toBe(
            'SLA Gold sets a target for P5, but no impact × urgency cell of Standard yields P5 (it yields P1, P2, P3, P4), ' +
            'so no ticket is ever given that priority');
    });

    it('without a named matrix, flags only a priority no matrix declaring it yields', async () => {
        const text = `${MATRIX}
priority matrix Extended {
  priorities P1, P5
  urgency         high
  impact high  -> P1
}
ola DeskOLA { P5 { response 1d } }
uc CarrierUC { vendor "Telco Ltd"  P4 { response 4h } }
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0].message).toBe(
            'OLA DeskOLA sets a target for P5, but no impact × urgency cell of Standard or Extended yields P5, ' +
            'so no ticket is ever given that priority');
    });

    it('accepts targets for yielded priorities, and leaves undeclared names to unresolved-reference', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P3 { response 4h }
  P9 { response 1d }
}
`;
        const codes = await codesOf(text);
        expect(codes).toContain('unresolved-reference');
        expect(codes).not.toContain(CODE);
    });

    it('leaves a matrix without impact rows to priority-matrix-incomplete', async () => {
        const text = `
priority matrix Draft {
  priorities P1, P2
  urgency high low
}
sla Gold { priorities Draft  P1 { response 15m } }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
