import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'uc-missing-vendor';

describe(CODE, () => {
    it('flags an underpinning contract without a vendor, on its name', async () => {
        const text = `
uc CarrierUC {
  description "Leased lines"
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ severity: 'error', ...spanOf(text, 'CarrierUC'), data: { contract: 'CarrierUC' } });
        expect(findings[0].message).toBe(
            'Underpinning contract CarrierUC names no vendor; an underpinning contract is with an external supplier, ' +
            'so say which one (vendor "…"), or make it an OLA if an internal team provides the service');
    });

    it('flags a blank vendor, on the vendor value', async () => {
        const text = 'uc CarrierUC { vendor "  " }\n';
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject(spanOf(text, '"  "'));
        expect(findings[0].message).toBe('Underpinning contract CarrierUC has a blank vendor; name the external supplier it is with');
    });

    it('accepts a contract with a vendor, and OLAs, which have a provider team instead', async () => {
        const text = `
team Messaging
uc CarrierUC { vendor "Telco Ltd" }
ola MessagingOLA { provider Messaging }
ola DeskOLA { }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
