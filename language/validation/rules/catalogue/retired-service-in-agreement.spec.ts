import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'retired-service-in-agreement';

describe(CODE, () => {
    it('flags an SLA whose service is retired, on the service reference', async () => {
        const text = 'service Fax { status retired }\nsla FaxSla {\n  service Fax\n}\n';
        const [finding, ...rest] = await findingsOf(CODE, text);
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ severity: 'warning', ...spanOf(text, 'Fax', 3) });
        expect(finding.message).toBe('SLA FaxSla is for Fax, which is retired; end the agreement or move it to the service that replaces Fax');
        expect(finding.data).toMatchObject({ sla: 'FaxSla', service: 'Fax' });
    });

    it('flags an offering of another service that lists an SLA for a retired service, on that SLA reference', async () => {
        const text = [
            'service Fax { status retired }',
            'sla FaxSla { service Fax }',
            'sla Gold { service Email }',
            'service Email { status live offering EmailStandard { sla Gold, FaxSla } }',
        ].join('\n');
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(2);
        const offering = findings.find(f => f.data?.offering === 'EmailStandard')!;
        expect(offering).toMatchObject(spanOf(text, 'FaxSla', 2));
        expect(offering.message).toBe('Offering EmailStandard lists SLA FaxSla, which is for Fax, a retired service (the offering belongs to Email)');
    });

    it('flags the offering of the retired service itself that still lists its SLA', async () => {
        const text = 'service Fax { status retired offering FaxAll { sla FaxSla } }\nsla FaxSla { service Fax }\n';
        const messages = (await findingsOf(CODE, text)).map(f => f.message);
        expect(messages).toContain('Offering FaxAll lists SLA FaxSla, which is for Fax, a retired service');
    });

    it('accepts SLAs for live and pipeline services, and an SLA without a service', async () => {
        const text = [
            'service Email { status live offering EmailStandard { sla Gold } }',
            'service Chat { status pipeline }',
            'sla Gold { service Email }',
            'sla Beta { service Chat }',
            'sla Loose {}',
        ].join('\n');
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
