import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'sla-availability-exceeds-dependencies';

const SERVICES = `
service Directory { availability 99.95% }
service Dns { availability 99.9% }
service DnsSecondary { availability 99.9% }

service Email {
  depends on Directory
  depends on any of (Dns, DnsSecondary)
}
`;

describe(CODE, () => {
    it('flags an SLA promising more than its service\'s dependencies allow, with the ceiling, on the availability', async () => {
        const text = `${SERVICES}
sla Platinum {
  service Email
  availability 99.99% per month
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, '99.99%'),
            data: expect.objectContaining({
                sla: 'Platinum', service: 'Email', availability: 99.99, ceiling: 99.9499,
                dependencies: ['Directory', 'Dns', 'DnsSecondary'], unknown: [], suggested: '99.94%',
            }),
        });
        expect(findings[0].message).toBe(
            'SLA Platinum promises 99.99% but Email\'s dependencies allow at most 99.9499% ' +
            '(Directory 99.95% × any of (Dns 99.9%, DnsSecondary 99.9%) 99.9999%)');
    });

    it('flags a service declaring more than its serial dependencies multiply to', async () => {
        const text = `
service Database { availability 99.9% }
service Storage { availability 99.9% }
service Billing {
  availability 99.9%
  depends on Database, Storage
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject(spanOf(text, '99.9%', 3));
        expect(findings[0].message).toBe(
            'Service Billing declares 99.9% but its dependencies allow at most 99.8001% (Database 99.9% × Storage 99.9%)');
    });

    it('says which dependencies have no figure, and bounds one without a figure by its own dependencies', async () => {
        const text = `
service Network { availability 99.5% }
service Cache { }
service Gateway { depends on Network }
service Relay { }
service Portal {
  availability 99.9%
  depends on Cache, Gateway
  depends on any of (Network, Relay)
}
`;
        const [finding] = await findingsOf(CODE, text);
        expect(finding.message).toBe(
            'Service Portal declares 99.9% but its dependencies allow at most 99.5% (Gateway 99.5% (from its own dependencies)); ' +
            'not counted: Cache declares no availability; any of (Network, Relay) is not counted: Relay declares no availability');
        expect(finding.data).toMatchObject({ unknown: ['Cache', 'Relay'], dependencies: ['Gateway'] });
    });

    it('flags an SLA promising more than its service is itself declared at', async () => {
        const text = `${SERVICES.replace('service Email {', 'service Email {\n  availability 99.9%')}
sla Gold { service Email  availability 99.92% }
`;
        const [finding] = await findingsOf(CODE, text);
        expect(finding.message).toBe('SLA Gold promises 99.92% but its service Email is itself declared at 99.9%');
        expect(finding.data).toMatchObject({ ceiling: 99.9, suggested: '99.9%' });
    });

    it('prints the ceiling with enough decimals to differ from the promise', async () => {
        const text = `
service A { availability 99.99999% }
service B { availability 99.99999% }
service C { depends on A, B }
sla Gold { service C  availability 99.99999% }
`;
        const [finding] = await findingsOf(CODE, text);
        expect(finding.message).toContain('allow at most 99.99998% (A 99.99999% × B 99.99999%)');
    });

    it('accepts promises within the ceiling, and services whose dependencies have no figures', async () => {
        const text = `${SERVICES}
service Archive { depends on Unrated }
service Unrated { }
sla Gold { service Email  availability 99.9% }
sla Cold { service Archive  availability 99.999% }
service Directory2 { availability 99.95% }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('terminates on dependency cycles', async () => {
        const text = `
service Network { availability 99.5% }
service A { depends on B, Network }
service B { depends on A }
service C { availability 99.9%  depends on A }
sla Gold { service A  availability 99.9% }
`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.message)).toEqual([
            'SLA Gold promises 99.9% but A\'s dependencies allow at most 99.5% (Network 99.5%); not counted: B declares no availability',
        ]);
    });
});
