import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'sla-duplicate-priority-target';

const MATRIX = `
priority matrix Standard {
  priorities P1, P2
  urgency         high  low
  impact high  -> P1    P2
  impact low   -> P2    P2
}
`;

describe(CODE, () => {
    it('flags the second target for one priority, on its priority name', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P1 { response 15m  resolve 4h }
  P2 { response 30m  resolve 8h }
  P1 { response 10m  resolve 2h }
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, 'P1 {', 2),
            endColumn: spanOf(text, 'P1 {', 2).column + 2,
            data: expect.objectContaining({ priority: 'P1', firstLine: 11 }),
        });
        expect(findings[0].message).toBe(
            'SLA Gold already sets a target for P1 on line 11; only one response and resolution target can apply to a priority, ' +
            'so merge or remove one');
    });

    it('flags every repeat in OLAs and underpinning contracts', async () => {
        const text = `${MATRIX}
ola DeskOLA { P2 { response 1h }  P2 { resolve 8h }  P2 { resolve 4h } }
uc CarrierUC { vendor "Telco Ltd"  P1 { response 5m }  P1 { response 5m } }
`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message.split(';')[0])).toEqual([
            'OLA DeskOLA already sets a target for P2 on line 9',
            'OLA DeskOLA already sets a target for P2 on line 9',
            'Underpinning contract CarrierUC already sets a target for P1 on line 10',
        ]);
    });

    it('accepts one target per priority, and the same priority in different agreements', async () => {
        const text = `${MATRIX}
sla Gold { priorities Standard  P1 { response 15m }  P2 { response 30m } }
sla Silver { priorities Standard  P1 { response 30m }  P2 { response 1h } }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
