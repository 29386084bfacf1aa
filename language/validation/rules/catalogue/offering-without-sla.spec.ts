import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'offering-without-sla';

describe(CODE, () => {
    it('flags an offering of a live service that lists no SLA when no SLA names the service', async () => {
        const text = 'service Email {\n  status live\n  offering EmailKiosk { audience "Kiosks" }\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'EmailKiosk') });
        expect(finding.message).toBe('Offering EmailKiosk of live service Email is covered by no SLA: it lists none, and no SLA names Email');
        expect(finding.data).toMatchObject({ service: 'Email', offering: 'EmailKiosk', candidates: [] });
    });

    it('flags an offering when every SLA naming its service belongs to its other offerings', async () => {
        const text = [
            'service Email {',
            '  status live',
            '  offering EmailStandard { sla Gold }',
            '  offering EmailKiosk',
            '}',
            'sla Gold { service Email }',
        ].join('\n');
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject(spanOf(text, 'EmailKiosk'));
        expect(finding.message).toBe('Offering EmailKiosk of live service Email is covered by no SLA: it lists none, and Gold names Email but applies to the offerings that list it');
        expect(finding.data).toMatchObject({ candidates: ['Gold'] });
    });

    it('accepts an offering that lists an SLA', async () => {
        expect(await findingsOf(CODE, 'service Email { status live offering EmailStandard { sla Gold } }\nsla Gold { service Email }\n')).toEqual([]);
    });

    it('accepts an offering covered by a service-wide SLA that no offering lists', async () => {
        const text = 'service Email { status live offering EmailStandard offering EmailKiosk }\nsla Gold { service Email }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('accepts offerings without SLAs of services that are not live', async () => {
        const text = 'service Fax { status retired offering FaxAll }\nservice Chat { status pipeline offering ChatBeta }\nservice Draft { offering DraftAll }\n';
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
