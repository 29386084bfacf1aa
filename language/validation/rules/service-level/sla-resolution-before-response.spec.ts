import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'sla-resolution-before-response';

const MATRIX = `
priority matrix Standard {
  priorities P1, P2
  urgency         high  low
  impact high  -> P1    P2
  impact low   -> P2    P2
}
`;

describe(CODE, () => {
    it('flags a resolution target shorter than the response target, on the resolution value', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P1 { response 15m  resolve 10m }
  P2 { response 1h   resolve 8h }
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'error',
            ...spanOf(text, '10m'),
            data: expect.objectContaining({ priority: 'P1', responseSeconds: 900, resolveSeconds: 600 }),
        });
        expect(findings[0].message).toBe(
            'SLA Gold P1 resolution 10m is shorter than its response 15m; resolving an incident includes responding to it, ' +
            'so the resolution target must be at least as long');
    });

    it('compares in seconds across units, in OLAs and underpinning contracts too', async () => {
        const text = `${MATRIX}
ola DeskOLA { P2 { response 2d  resolve 36h } }
uc CarrierUC { vendor "Telco Ltd"  P1 { resolve 0.5h  response 45m } }
`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message.split(';')[0])).toEqual([
            'OLA DeskOLA P2 resolution 36h is shorter than its response 2d',
            'Underpinning contract CarrierUC P1 resolution 0.5h is shorter than its response 45m',
        ]);
        expect(findings[1]).toMatchObject(spanOf(text, '0.5h'));
    });

    it('accepts equal targets, and targets with only one of the two', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P1 { response 1h  resolve 60m }
  P2 { resolve 10m }
}
ola DeskOLA { P2 { response 4h } }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
