import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'sla-priority-order';

const MATRIX = `
priority matrix Standard {
  priorities P1, P2, P3
  urgency         high  low
  impact high  -> P1    P2
  impact low   -> P2    P3
}
`;

describe(CODE, () => {
    it('flags a more urgent priority with a looser resolution target, on its value', async () => {
        const text = `${MATRIX}
sla Gold {
  priorities Standard
  P1 { response 15m  resolve 8h }
  P2 { response 30m  resolve 4h }
  P3 { response 4h   resolve 3d }
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, '8h'),
            data: expect.objectContaining({ priority: 'P1', field: 'resolve', lessUrgent: 'P2', suggested: '4h', matrix: 'Standard' }),
        });
        expect(findings[0].message).toBe(
            'SLA Gold P1 resolution 8h is looser than P2\'s 4h; Standard ranks P1 as more urgent, so its target must be at least as strict');
    });

    it('checks response separately, against the strictest less urgent target, in matrix order not source order', async () => {
        const text = `${MATRIX}
ola DeskOLA {
  P3 { response 1h }
  P1 { response 2h }
  P2 { response 90m }
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message.split(';')[0])).toEqual([
            'OLA DeskOLA P1 response 2h is looser than P3\'s 1h',
            'OLA DeskOLA P2 response 90m is looser than P3\'s 1h',
        ]);
        expect(findings[0]).toMatchObject(spanOf(text, '2h'));
    });

    it('accepts equal targets across priorities, and ignores duplicates after the first', async () => {
        const text = `${MATRIX}
uc CarrierUC {
  vendor "Telco Ltd"
  priorities Standard
  P1 { response 1h  resolve 1d }
  P2 { response 1h  resolve 24h }
  P3 { response 2h  resolve 2d }
  P1 { response 3h }
}
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
