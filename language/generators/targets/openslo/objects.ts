/**
 * The canonical model as OpenSLO v1 objects: one `Service` per catalogue
 * service that an SLA with an availability names, one `SLO` per such SLA
 * (its availability is the objective), and one `SLO` per KPI of a service
 * whose target is a percentage (kpi-slos.ts). See docs/targets/openslo.md.
 */
import type { AgreementModel, CanonicalModel, ServiceModel } from '../../canonical-model.js';
import { assignNames, compareText, dnsLabel, formatPercent, splitQualifiedName, truncateLabel } from '../backstage/names.js';
import { kpiSlo, KPI_SLO_SUFFIX, measurableKpis } from './kpi-slos.js';

export const API_VERSION = 'openslo/v1';
export const ANNOTATION = 'itsm.example';
/** Calendar windows start here: a Monday and the first day of a month, a quarter and a year. */
export const CALENDAR_START = '2024-01-01 00:00:00';
/** An SLA without `per <period>` is taken to be measured per month. */
export const DEFAULT_PERIOD = 'month';
/** SLA period → OpenSLO duration shorthand (one calendar unit). */
export const WINDOWS: Record<string, string> = { day: '1d', week: '1w', month: '1M', quarter: '1Q', year: '1Y' };
/** Availability is measured in minutes: a minute counts as available when every check in it succeeded. */
export const TIME_SLICE_WINDOW = '1m';
export const TIME_SLICE_TARGET = 1;
export const PLACEHOLDER_SOURCE = 'itsm-placeholder';
const SLO_SUFFIX = '-availability';

export type Annotations = Record<string, string>;

export interface ServiceObject {
    apiVersion: typeof API_VERSION;
    kind: 'Service';
    metadata: { name: string; displayName: string; labels?: Record<string, string>; annotations: Annotations };
    spec: { description?: string };
}

export interface MetricSpec { metricSource: { type: string; spec: Record<string, string> } }

export interface SloObject {
    apiVersion: typeof API_VERSION;
    kind: 'SLO';
    metadata: { name: string; displayName: string; labels?: Record<string, string>; annotations: Annotations };
    spec: {
        description: string;
        service: string;
        indicator: {
            metadata: { name: string; displayName: string; annotations: Annotations };
            spec: { description: string; ratioMetric: { counter: boolean; good: MetricSpec; total: MetricSpec } };
        };
        timeWindow: Array<{ duration: string; isRolling: false; calendar: { startTime: string; timeZone: string } }>;
        /** Timeslices for SLA availability (minutes up), Occurrences for KPIs (tickets or changes counted). */
        budgetingMethod: 'Timeslices' | 'Occurrences';
        objectives: Array<{ displayName: string; target: number; timeSliceTarget?: number; timeSliceWindow?: string }>;
    };
}

export interface OpenSloResult {
    services: ServiceObject[];
    slos: SloObject[];
    /** What could not be written, for the YAML file's header. */
    notes: string[];
}

/** 99.9 → 0.999, through the decimal text so that no binary rounding shows (99.95 → 0.9995, not 0.9995000000000001). */
export function targetOf(percent: number): number {
    const text = String(percent);
    return /e/i.test(text) ? percent / 100 : Number(`${text}e-2`);
}

export function buildOpenSlo(model: CanonicalModel): OpenSloResult {
    const notes: string[] = [];
    const withAvailability = model.agreements.filter(a => a.availability);
    for (const agreement of withAvailability.filter(a => a.type !== 'SLA')) {
        notes.push(`${agreement.type} ${agreement.name}: availability ${availabilityText(agreement)} is not written (it names no service).`);
    }
    const slas = withAvailability.filter(a => a.type === 'SLA' && a.service);
    const kpis = measurableKpis(model, notes);
    const serviceNames = [...new Set([...slas.map(a => a.service!), ...kpis.map(k => k.service!)])].sort(compareText);
    const measurable = slas.filter(sla => {
        if (targetOf(sla.availability!.percent) < 1) return true;
        notes.push(`SLA ${sla.name}: availability ${availabilityText(sla)} is not written (an OpenSLO target must be below 100%).`);
        return false;
    });

    const names = assignNames([
        ...serviceNames.map(name => ({ key: `Service ${name}`, scope: 'Service', base: dnsLabel(name) })),
        ...measurable.map(sla => ({
            key: `SLO ${sla.name}`, scope: 'SLO', base: `${dnsLabel(sla.name, 63 - SLO_SUFFIX.length)}${SLO_SUFFIX}`,
        })),
        ...kpis.map(kpi => ({ key: `KPI ${kpi.name}`, scope: 'SLO', base: `${dnsLabel(kpi.name, 63 - KPI_SLO_SUFFIX.length)}${KPI_SLO_SUFFIX}` })),
    ]);
    const serviceModel = (name: string) => model.services.find(s => s.name === name);

    const services = serviceNames.map((name): ServiceObject => {
        const service = serviceModel(name);
        return {
            apiVersion: API_VERSION,
            kind: 'Service',
            metadata: {
                name: names.get(`Service ${name}`)!,
                displayName: displayName(splitQualifiedName(name).localName),
                ...labels(service),
                annotations: annotations({ 'qualified-name': name, source: sourceText(service?.source) }),
            },
            spec: service?.description ? { description: limit(service.description, 1050) } : {},
        };
    });

    const slos = measurable.map((sla): SloObject => {
        const service = serviceModel(sla.service!);
        const serviceName = names.get(`Service ${sla.service}`)!;
        const serviceLocal = splitQualifiedName(sla.service!).localName;
        const slaLocal = splitQualifiedName(sla.name).localName;
        const calendar = model.calendars.find(c => c.name === sla.hours);
        const timeZone = calendar?.timezone ?? 'UTC';
        const period = sla.availability!.period ?? DEFAULT_PERIOD;
        const offerings = (service?.offerings ?? []).filter(o => o.slas.includes(sla.name)).map(o => o.name);
        const hoursText = sla.hours ? ` during the hours of ${sla.hours}` : '';
        return {
            apiVersion: API_VERSION,
            kind: 'SLO',
            metadata: {
                name: names.get(`SLO ${sla.name}`)!,
                displayName: displayName(`${slaLocal} availability of ${serviceLocal}`),
                ...labels(service),
                annotations: annotations({
                    agreement: sla.name,
                    availability: availabilityText(sla),
                    hours: sla.hours,
                    offerings: offerings.join(', '),
                    'period-assumed': sla.availability!.period ? undefined : DEFAULT_PERIOD,
                    service: sla.service,
                    source: sourceText(sla.source),
                }),
            },
            spec: {
                description: limit(`Availability promised by SLA ${sla.name} for ${sla.service}: ${availabilityText(sla)}${hoursText}, `
                    + `measured in calendar ${period}s (${timeZone}).${sla.description ? ` ${sla.description}` : ''}`, 1050),
                service: serviceName,
                indicator: placeholderIndicator(serviceName, serviceLocal, sla.service!),
                timeWindow: [{ duration: WINDOWS[period] ?? WINDOWS[DEFAULT_PERIOD], isRolling: false, calendar: { startTime: CALENDAR_START, timeZone } }],
                budgetingMethod: 'Timeslices',
                objectives: [{
                    displayName: displayName(`SLA ${slaLocal}`),
                    target: targetOf(sla.availability!.percent),
                    timeSliceTarget: TIME_SLICE_TARGET,
                    timeSliceWindow: TIME_SLICE_WINDOW,
                }],
            },
        };
    });
    slos.push(...kpis.map(kpi => kpiSlo(kpi, model, names.get(`KPI ${kpi.name}`)!, names.get(`Service ${kpi.service}`)!)));
    slos.sort((a, b) => compareText(a.metadata.name, b.metadata.name));
    services.sort((a, b) => compareText(a.metadata.name, b.metadata.name));
    return { services, slos, notes };
}

/** A valid ratio indicator that measures nothing yet: its metric sources name no real data source. */
function placeholderIndicator(serviceName: string, serviceLocal: string, qualifiedName: string): SloObject['spec']['indicator'] {
    const source = (what: string): MetricSpec => ({ metricSource: { type: PLACEHOLDER_SOURCE, spec: { placeholder: `${what} availability checks of ${qualifiedName}` } } });
    return {
        metadata: {
            name: `${truncateLabel(serviceName, 63 - SLO_SUFFIX.length)}${SLO_SUFFIX}`,
            displayName: displayName(`${serviceLocal} availability checks`),
            annotations: annotations({ placeholder: 'true' }),
        },
        spec: {
            description: `Placeholder written by itsm: replace both metric sources with the checks that tell whether ${qualifiedName} is available.`,
            ratioMetric: { counter: true, good: source('successful'), total: source('all') },
        },
    };
}

function availabilityText(agreement: AgreementModel): string {
    const { percent, period } = agreement.availability!;
    return `${formatPercent(percent)}${period ? ` per ${period}` : ''}`;
}

export function labels(service: ServiceModel | undefined): { labels?: Record<string, string> } {
    return service?.tier !== undefined ? { labels: { tier: String(service.tier) } } : {};
}

export function annotations(values: Record<string, string | undefined>): Annotations {
    return Object.fromEntries(Object.entries(values)
        .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => [`${ANNOTATION}/${key}`, value])
        .sort(([a], [b]) => compareText(a, b)));
}

export function sourceText(source: { file: string; line: number } | undefined): string | undefined {
    return source ? `${source.file}:${source.line}` : undefined;
}

/** OpenSLO display names are at most 63 characters. */
export function displayName(text: string): string {
    return limit(text, 63);
}

export function limit(text: string, length: number): string {
    const chars = [...text];
    return chars.length <= length ? text : `${chars.slice(0, length - 1).join('')}…`;
}
