/**
 * KPIs as OpenSLO SLOs. A KPI of a service whose target is a percentage
 * (`>= 95% per month`) is an objective over events: the share of tickets
 * answered or resolved within the agreement's time, the share of minutes
 * available, counted in calendar windows of its period — an `Occurrences`
 * SLO with a ratio indicator. The indicator is a placeholder, as for SLAs:
 * the catalogue does not say where tickets are counted.
 *
 * Not written, and listed in the file's header: a KPI with a duration target
 * (`restore time <= 2h` is a mean, which no OpenSLO objective states), a KPI
 * of a process (an SLO belongs to a service), and a 100% target.
 */
import type { CanonicalModel, KpiModel } from '../../canonical-model.js';
import { splitQualifiedName, truncateLabel } from '../backstage/names.js';
import {
    annotations, CALENDAR_START, DEFAULT_PERIOD, displayName, labels, limit, PLACEHOLDER_SOURCE, sourceText, targetOf, WINDOWS,
    type MetricSpec, type SloObject,
} from './objects.js';

export const KPI_SLO_SUFFIX = '-kpi';

/** What the ratio indicator counts for each measure: good events out of all. */
const COUNTED: Record<string, (kpi: KpiModel) => { good: string; total: string; what: string }> = {
    response: kpi => ({ good: `${kpi.measure!.priority} tickets answered within ${kpi.measure!.within?.text ?? 'the target'} of`, total: `${kpi.measure!.priority} tickets of`, what: 'response' }),
    resolution: kpi => ({ good: `${kpi.measure!.priority} tickets resolved within ${kpi.measure!.within?.text ?? 'the target'} of`, total: `${kpi.measure!.priority} tickets of`, what: 'resolution' }),
    availability: () => ({ good: 'minutes available of', total: 'all minutes of', what: 'availability' }),
};

/** KPIs that can be written as SLOs; the others are explained in `notes`. */
export function measurableKpis(model: CanonicalModel, notes: string[]): KpiModel[] {
    return model.kpis.filter(kpi => {
        const why = kpi.target?.percent === undefined ? 'its target is not a percentage'
            : !kpi.service ? 'it names no service'
            : !kpi.measure || !COUNTED[kpi.measure.kind] ? `an OpenSLO SLO has no form for ${kpi.measure?.kind ?? 'an unknown measure'}`
            : kpi.target.direction !== '>=' ? 'its target is not a lower bound (>=)'
            : targetOf(kpi.target.percent) >= 1 ? 'an OpenSLO target must be below 100%'
            : undefined;
        if (why) notes.push(`KPI ${kpi.name} is not written (${why}).`);
        return !why;
    });
}

export function kpiSlo(kpi: KpiModel, model: CanonicalModel, name: string, serviceName: string): SloObject {
    const service = model.services.find(s => s.name === kpi.service);
    const agreement = model.agreements.find(a => a.name === kpi.measure!.agreement);
    const calendar = model.calendars.find(c => c.name === agreement?.hours);
    const timeZone = calendar?.timezone ?? 'UTC';
    const period = kpi.target!.period ?? DEFAULT_PERIOD;
    const counted = COUNTED[kpi.measure!.kind](kpi);
    const local = splitQualifiedName(kpi.name).localName;
    const source = (what: string): MetricSpec => ({ metricSource: { type: PLACEHOLDER_SOURCE, spec: { placeholder: `${what} ${kpi.service}` } } });
    return {
        apiVersion: 'openslo/v1',
        kind: 'SLO',
        metadata: {
            name,
            displayName: displayName(local),
            ...labels(service),
            annotations: annotations({
                kpi: kpi.name,
                measures: kpi.measure!.kind,
                'measured-against': kpi.measure!.agreement,
                owner: kpi.owner,
                'period-assumed': kpi.target!.period ? undefined : DEFAULT_PERIOD,
                service: kpi.service,
                source: sourceText(kpi.source),
            }),
        },
        spec: {
            description: limit(`KPI ${kpi.name} of ${kpi.service}: ${counted.what}${kpi.measure!.agreement ? ` against ${kpi.measure!.agreement}` : ''} `
                + `>= ${kpi.target!.percent}% per ${period}.${kpi.description ? ` ${kpi.description}` : ''}`, 1050),
            service: serviceName,
            indicator: {
                metadata: {
                    name: `${truncateLabel(name, 63 - '-events'.length)}-events`,
                    displayName: displayName(`${local} events`),
                    annotations: annotations({ placeholder: 'true' }),
                },
                spec: {
                    description: `Placeholder written by itsm: replace both metric sources with the counts of ${counted.total} ${kpi.service}.`,
                    ratioMetric: { counter: true, good: source(counted.good), total: source(counted.total) },
                },
            },
            timeWindow: [{ duration: WINDOWS[period] ?? WINDOWS[DEFAULT_PERIOD], isRolling: false, calendar: { startTime: CALENDAR_START, timeZone } }],
            budgetingMethod: 'Occurrences',
            objectives: [{ displayName: displayName(`KPI ${local}`), target: targetOf(kpi.target!.percent!) }],
        },
    };
}
