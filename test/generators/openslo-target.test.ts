import { describe, expect, it } from 'vitest';
import type { AgreementModel, CanonicalModel } from '../../language/generators/canonical-model.js';
import { findTarget } from '../../language/generators/registry.js';
import { toYaml } from '../../language/generators/targets/backstage/yaml.js';
import { targetOf, type ServiceObject, type SloObject } from '../../language/generators/targets/openslo/objects.js';
import { canonicalModelOf, generate, schemaErrors, targetContract } from './target-harness.js';

/** js-yaml is only a transitive dependency: the YAML round-trip check runs when it is there and is skipped otherwise. */
const jsYaml = await import('js-yaml' as string).then(m => (m.default ?? m) as { loadAll(text: string): unknown[] })
    .catch(() => undefined);

const RFC1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

async function objectsOf(model?: CanonicalModel): Promise<{ services: ServiceObject[]; slos: SloObject[]; yaml: string }> {
    const files = generate('openslo', model ?? await canonicalModelOf());
    const parse = <T>(prefix: string) => files.filter(f => f.path.startsWith(prefix)).map(f => JSON.parse(f.content) as T);
    return { services: parse<ServiceObject>('services/'), slos: parse<SloObject>('slos/'), yaml: files.find(f => f.path === 'openslo.yaml')!.content };
}

const annotation = (object: { metadata: { annotations: Record<string, string> } }, key: string) => object.metadata.annotations[`itsm.example/${key}`];
/** The SLOs written for SLA availabilities (those for KPIs carry a `kpi` annotation). */
const slaSlos = (slos: SloObject[]) => slos.filter(slo => annotation(slo, 'kpi') === undefined);

/** The example with one more SLA on Email, for the mapping rules. */
async function withSla(change: Partial<AgreementModel>): Promise<CanonicalModel> {
    const model = await canonicalModelOf();
    const gold = model.agreements.find(a => a.name === 'acme.it.Gold')!;
    return { ...model, agreements: [...model.agreements, { ...gold, name: 'acme.it.Extra', ...change }] };
}

describe('openslo target', () => {
    targetContract('openslo');

    it('writes one Service per service an SLA with an availability names, and one SLO per such SLA, counted from the model', async () => {
        const model = await canonicalModelOf();
        const { services, slos: all } = await objectsOf(model);
        const slos = slaSlos(all);
        const slas = model.agreements.filter(a => a.type === 'SLA' && a.availability && a.service);
        expect(slas.length).toBeGreaterThan(0);
        expect(services.map(s => annotation(s, 'qualified-name'))).toEqual([...new Set(slas.map(a => a.service))].sort());
        expect(slos.map(s => annotation(s, 'agreement')).sort()).toEqual(slas.map(a => a.name).sort());
        for (const sla of slas) {
            const slo = slos.find(s => annotation(s, 'agreement') === sla.name)!;
            const service = services.find(s => annotation(s, 'qualified-name') === sla.service)!;
            expect(slo.spec.service).toBe(service.metadata.name);
            expect(slo.spec.objectives).toHaveLength(1);
            expect(slo.spec.objectives[0].target).toBeCloseTo(sla.availability!.percent / 100, 12);
            expect(annotation(slo, 'hours')).toBe(sla.hours);
        }
    });

    it('turns percentages into targets in [0, 1) without binary noise', () => {
        expect(targetOf(99.9)).toBe(0.999);
        expect(targetOf(99.95)).toBe(0.9995);
        expect(targetOf(99.999)).toBe(0.99999);
        expect(targetOf(0.5)).toBe(0.005);
        expect(targetOf(1e-7)).toBeCloseTo(1e-9, 15);
    });

    it('measures each SLA in calendar-aligned windows of its period, in the time zone of its hours', async () => {
        const { slos } = await objectsOf();
        const gold = slos.find(s => annotation(s, 'agreement') === 'acme.it.Gold')!;
        expect(gold.spec.timeWindow).toEqual([{ duration: '1M', isRolling: false, calendar: { startTime: '2024-01-01 00:00:00', timeZone: 'Europe/London' } }]);
        const platinum = slos.find(s => annotation(s, 'agreement') === 'acme.it.Platinum')!;
        expect(platinum.spec.timeWindow[0].calendar.timeZone).toBe('UTC');
        expect(new Date(Date.UTC(2024, 0, 1)).getUTCDay()).toBe(1); // a Monday, so weekly windows align too

        const periods = { day: '1d', week: '1w', month: '1M', quarter: '1Q', year: '1Y' };
        for (const [period, duration] of Object.entries(periods)) {
            const { slos: more } = await objectsOf(await withSla({ availability: { percent: 99.5, period } }));
            expect(more.find(s => annotation(s, 'agreement') === 'acme.it.Extra')!.spec.timeWindow[0].duration, period).toBe(duration);
        }
        const { slos: assumed } = await objectsOf(await withSla({ availability: { percent: 99.5 }, hours: undefined }));
        const extra = assumed.find(s => annotation(s, 'agreement') === 'acme.it.Extra')!;
        expect(extra.spec.timeWindow[0]).toMatchObject({ duration: '1M', calendar: { timeZone: 'UTC' } });
        expect(annotation(extra, 'period-assumed')).toBe('month');
    });

    it('uses Timeslices of one minute, and a placeholder ratio indicator marked as such', async () => {
        const { slos } = await objectsOf();
        for (const slo of slaSlos(slos)) {
            expect(slo.spec.budgetingMethod).toBe('Timeslices');
            expect(slo.spec.objectives.every(o => o.timeSliceWindow === '1m' && o.timeSliceTarget === 1)).toBe(true);
            expect(slo.spec.indicator.metadata.annotations['itsm.example/placeholder']).toBe('true');
            expect(slo.spec.indicator.spec.ratioMetric.good.metricSource.type).toBe('itsm-placeholder');
        }
    });

    it('skips a 100% availability (no OpenSLO target can say it) and says so in openslo.yaml', async () => {
        const { services, slos, yaml } = await objectsOf(await withSla({ availability: { percent: 100, period: 'month' } }));
        expect(slos.map(s => annotation(s, 'agreement'))).not.toContain('acme.it.Extra');
        expect(services.map(s => annotation(s, 'qualified-name'))).toEqual(['acme.it.Email']);
        expect(yaml).toContain('# - SLA acme.it.Extra: availability 100% per month is not written (an OpenSLO target must be below 100%).');
    });

    it('lists OLA and UC availabilities as not written: they name no service', async () => {
        const model = await canonicalModelOf();
        const agreements = model.agreements.map(a => (a.type === 'OLA' ? { ...a, availability: { percent: 99.95, period: 'month' } } : a));
        const { yaml, slos } = await objectsOf({ ...model, agreements });
        expect(yaml).toContain('# - OLA acme.it.MessagingOLA: availability 99.95% per month is not written (it names no service).');
        expect(slaSlos(slos)).toHaveLength(2);
    });

    it('gives every object an RFC 1123 name of at most 63 characters, unique per kind', async () => {
        const long = 'acme.it.' + 'VeryLongAgreementName'.repeat(5);
        const { services, slos } = await objectsOf(await withSla({ name: long }));
        for (const object of [...services, ...slos, ...slos.map(s => s.spec.indicator)]) {
            expect(object.metadata.name).toMatch(RFC1123_LABEL);
            expect(object.metadata.name.length).toBeLessThanOrEqual(63);
            expect([...object.metadata.displayName].length).toBeLessThanOrEqual(63);
        }
        expect(new Set(slos.map(s => s.metadata.name)).size).toBe(slos.length);
        expect(slos.map(s => s.metadata.name)).toContain('acme-it-gold-availability');
        expect(services.map(s => s.metadata.name)).toEqual(['acme-it-email']);
    });

    it('writes the same objects to openslo.yaml as to the JSON files, Services first', async () => {
        const files = generate('openslo', await canonicalModelOf());
        const yaml = files.find(f => f.path === 'openslo.yaml')!.content;
        const json = files.filter(f => f.path.endsWith('.json')).map(f => JSON.parse(f.content) as { kind: string });
        // Gold and Platinum availability, and the KPIs P1ResolvedInTime and EmailUptime.
        expect(json.map(o => o.kind)).toEqual(['Service', 'SLO', 'SLO', 'SLO', 'SLO']);
        const documents = yaml.split(/^---\n/m).slice(1);
        documents.forEach((document, i) => expect(document).toBe(toYaml(json[i])));
        if (jsYaml) expect(jsYaml.loadAll(yaml)).toEqual(json);
    });

    it('has schemas that reject what OpenSLO rejects', async () => {
        const target = findTarget('openslo')!;
        const { slos, services } = await objectsOf();
        const schema = target.schemaFor('slos/x.json')!;
        const slo = slos.find(s => s.spec.budgetingMethod === 'Timeslices')!;
        const changed = (spec: Partial<SloObject['spec']> & Record<string, unknown>) => ({ ...slo, spec: { ...slo.spec, ...spec } });
        const objective = slo.spec.objectives[0];
        expect(schemaErrors(schema, slo)).toEqual([]);
        expect(schemaErrors(schema, changed({ objectives: [{ ...objective, target: 1 }] }))).not.toEqual([]);
        expect(schemaErrors(schema, changed({ objectives: [{ displayName: 'x', target: 0.9 } as typeof objective] }))).not.toEqual([]);
        expect(schemaErrors(schema, changed({ timeWindow: [...slo.spec.timeWindow, ...slo.spec.timeWindow] }))).not.toEqual([]);
        expect(schemaErrors(schema, changed({ timeWindow: [{ ...slo.spec.timeWindow[0], duration: '1 month' }] }))).not.toEqual([]);
        expect(schemaErrors(schema, changed({ budgetingMethod: 'Occurences' as 'Timeslices' }))).not.toEqual([]);
        expect(schemaErrors(schema, changed({ timewindow: slo.spec.timeWindow }))).not.toEqual([]);
        expect(schemaErrors(schema, { ...slo, metadata: { ...slo.metadata, name: 'Acme.Gold' } })).not.toEqual([]);
        expect(schemaErrors(target.schemaFor('services/x.json')!, { ...services[0], spec: { owner: 'x' } })).not.toEqual([]);
        expect(target.schemaFor('openslo.yaml')).toBeUndefined();
    });

    it('writes a KPI of a service with a percentage target as an Occurrences SLO, and says which KPIs it cannot write', async () => {
        const model = await canonicalModelOf();
        const { slos, yaml } = await objectsOf(model);
        const kpiSlos = slos.filter(slo => annotation(slo, 'kpi') !== undefined);
        expect(kpiSlos.map(slo => annotation(slo, 'kpi')).sort()).toEqual(['acme.it.EmailUptime', 'acme.it.P1ResolvedInTime']);
        const p1 = kpiSlos.find(slo => annotation(slo, 'kpi') === 'acme.it.P1ResolvedInTime')!;
        expect(p1.metadata.name).toBe('acme-it-p1-resolved-in-time-kpi');
        expect(p1.spec).toMatchObject({ service: 'acme-it-email', budgetingMethod: 'Occurrences', objectives: [{ target: 0.95 }] });
        expect(p1.spec.timeWindow[0]).toMatchObject({ duration: '1M', calendar: { timeZone: 'UTC' } });
        expect(p1.spec.indicator.spec.ratioMetric.good.metricSource.spec.placeholder).toBe('P1 tickets resolved within 1h of acme.it.Email');
        expect(annotation(p1, 'measured-against')).toBe('acme.it.Platinum');
        expect(yaml).toContain('# - KPI acme.it.EmailRestoreTime is not written (its target is not a percentage).');
        expect(yaml).toContain('# - KPI acme.it.NormalChangeSuccess is not written (it names no service).');
        const schema = findTarget('openslo')!.schemaFor('slos/x.json')!;
        for (const slo of kpiSlos) expect(schemaErrors(schema, slo)).toEqual([]);
    });
});
