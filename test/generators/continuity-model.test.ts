/**
 * Continuity and KPIs in the canonical model of examples/acme: the values as
 * written, normalised to seconds, the recovery floor computed from the
 * dependencies, and the agreement times KPIs are measured against. The
 * backstage target carries them as annotations, jsm-assets as attributes.
 */
import { describe, expect, it } from 'vitest';
import { canonicalModelOf, generate } from './target-harness.js';

describe('continuity and KPIs in the canonical model', () => {
    it('carries a service\'s RTO, RPO, plan and the recovery floor of its dependencies', async () => {
        const model = await canonicalModelOf();
        const email = model.services.find(s => s.name === 'acme.it.Email')!;
        expect(email.rto).toEqual({ seconds: 14_400, text: '4h' });
        expect(email.rpo).toEqual({ seconds: 3_600, text: '1h' });
        expect(email.continuityPlan).toBe('acme.it.MailRecovery');
        // Directory (2h) is needed; of any of (Dns 1h, DnsSecondary 4h) the faster one counts.
        expect(email.computed.recoveryFloor).toEqual({ seconds: 7_200, origin: 'acme.it.Directory' });
        const dns = model.services.find(s => s.name === 'acme.it.Dns')!;
        expect(dns.computed.recoveryFloor).toBeUndefined();
    });

    it('lists continuity plans with the services that name them', async () => {
        const model = await canonicalModelOf();
        expect(model.continuityPlans.map(p => [p.name, p.tested, p.services])).toEqual([
            ['acme.it.CoreInfraRecovery', '2026-02-12', ['acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary']],
            ['acme.it.MailRecovery', '2026-09-18', ['acme.it.Email']],
        ]);
        expect(model.continuityPlans[0]).toMatchObject({ owner: 'acme.it.Infrastructure', recoverySite: 'Frankfurt DC2' });
    });

    it('writes each KPI with its service, measure and target, and the agreement time it is measured against', async () => {
        const model = await canonicalModelOf();
        const byName = Object.fromEntries(model.kpis.map(k => [k.name.replace('acme.it.', ''), k]));
        expect(Object.keys(byName)).toEqual(['EmailRestoreTime', 'EmailUptime', 'NormalChangeSuccess', 'P1ResolvedInTime']);
        expect(byName.P1ResolvedInTime).toMatchObject({
            service: 'acme.it.Email',
            measure: { kind: 'resolution', agreement: 'acme.it.Platinum', priority: 'P1', within: { seconds: 3_600, text: '1h' } },
            target: { direction: '>=', percent: 95, period: 'month' },
        });
        expect(byName.EmailRestoreTime.target).toEqual({ direction: '<=', duration: { seconds: 7_200, text: '2h' }, period: 'quarter' });
        expect(byName.NormalChangeSuccess).toMatchObject({ process: 'acme.it.NormalChange', measure: { kind: 'success-rate' } });
        expect(byName.NormalChangeSuccess.service).toBeUndefined();
    });

    it('annotates backstage entities with the RTO, RPO, plan and KPIs', async () => {
        const files = generate('backstage', await canonicalModelOf());
        const email = JSON.parse(files.find(f => f.path.endsWith('system.email.json'))!.content);
        expect(email.metadata.annotations).toMatchObject({
            'itsm.example/rto': '4h',
            'itsm.example/rpo': '1h',
            'itsm.example/continuity-plan': 'acme.it.MailRecovery (tested 2026-09-18, https://wiki.acme.example/continuity/mail)',
            'itsm.example/kpis': 'acme.it.EmailRestoreTime, acme.it.EmailUptime, acme.it.P1ResolvedInTime',
        });
    });

    it('gives jsm-assets services their RTO and RPO in minutes and their plan', async () => {
        const files = generate('jsm-assets', await canonicalModelOf());
        const data = JSON.parse(files.find(f => f.path === 'data.json')!.content).data;
        const email = data.services.find((s: { qualifiedName: string }) => s.qualifiedName === 'acme.it.Email');
        expect(email).toMatchObject({ rtoMinutes: 240, rpoMinutes: 60, continuityPlan: 'acme.it.MailRecovery' });
        const fax = data.services.find((s: { qualifiedName: string }) => s.qualifiedName === 'acme.it.Fax');
        expect(fax).toMatchObject({ rtoMinutes: null, rpoMinutes: null, continuityPlan: null });
    });
});
