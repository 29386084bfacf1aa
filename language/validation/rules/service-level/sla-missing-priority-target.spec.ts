import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'sla-missing-priority-target';

const MATRIX = `
priority matrix Standard {
  priorities P1, P2, P3, P4, P5
  urgency         high  medium  low
  impact high  -> P1    P2      P3
  impact low   -> P2    P3      P4
}
`;

describe(CODE, () => {
    it('flags the priorities the matrix yields without a target, once, on the matrix name', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P1 { response 15m  resolve 4h }
  P3 { response 4h   resolve 3d }
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, 'Standard', 2),
            data: { agreement: 'Gold', matrix: 'Standard', missing: ['P2', 'P4'] },
        });
        expect(findings[0].message).toBe(
            'SLA Gold sets no target for P2 or P4, although its matrix Standard gives tickets those priorities; ' +
            'such tickets have no response or resolution target');
    });

    it('flags OLAs and underpinning contracts that name a matrix', async () => {
        const text = `${MATRIX}
ola DeskOLA { priorities Standard  P1 { response 5m }  P2 { response 15m }  P3 { response 1h } }
uc CarrierUC { vendor "Telco Ltd"  priorities Standard }
`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message.split(',')[0])).toEqual([
            'OLA DeskOLA sets no target for P4',
            'Underpinning contract CarrierUC sets no target for P1',
        ]);
        expect(findings[1].data?.missing).toEqual(['P1', 'P2', 'P3', 'P4']);
    });

    it('accepts targets for every yielded priority (P5 is declared but never yielded)', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P1 { response 15m }  P2 { response 30m }  P3 { response 4h }  P4 { response 1d }
}
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('does not guess the priorities of an agreement that names no matrix', async () => {
        expect(await findingsOf(CODE, `${MATRIX}\nola DeskOLA { P1 { response 5m } }\n`)).toEqual([]);
    });
});
