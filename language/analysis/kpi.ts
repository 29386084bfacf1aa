/**
 * What a KPI measures, read from its `measures` clause: the kind of value its
 * target must be (a percentage that should be at least the target, or a
 * duration that should be at most it), the agreement and priority target it
 * is checked against, and the service it is about. Shared by the rules, the
 * editor and the generators so that they describe a KPI the same way.
 */
import {
    isSla, type Agreement, type Kpi, type KpiMeasure, type KpiTarget, type PriorityTarget, type Service,
} from '../generated/ast.js';

/** A share of events that met something (`>= 95%`), or a time that should stay short (`<= 4h`). */
export type KpiValueKind = 'percent' | 'duration';

export interface MeasureShape {
    value: KpiValueKind;
    direction: '>=' | '<=';
}

const SHAPES: Record<KpiMeasure['kind'], MeasureShape> = {
    response: { value: 'percent', direction: '>=' },
    resolution: { value: 'percent', direction: '>=' },
    availability: { value: 'percent', direction: '>=' },
    success: { value: 'percent', direction: '>=' },
    restore: { value: 'duration', direction: '<=' },
};

/** The value and direction a measure's target must have; undefined for a measure that did not parse. */
export function measureShape(measure: KpiMeasure | undefined): MeasureShape | undefined {
    return measure ? SHAPES[measure.kind] : undefined;
}

/** "resolution within Platinum P1", "availability of Platinum", "restore time", "success rate", as written. */
export function measureText(measure: KpiMeasure | undefined): string {
    if (!measure) return '';
    switch (measure.kind) {
        case 'response':
        case 'resolution':
            return `${measure.kind} within ${measure.agreement?.$refText ?? '?'} ${measure.priority?.$refText ?? '?'}`.trimEnd();
        case 'availability':
            return `availability of ${measure.agreement?.$refText ?? '?'}`;
        case 'restore':
            return 'restore time';
        case 'success':
            return 'success rate';
    }
}

/** ">= 95% per month", as written. */
export function targetText(target: KpiTarget | undefined): string {
    if (!target) return '';
    const value = target.percent !== undefined ? `${target.percent}%` : target.duration?.text ?? '?';
    return `${target.direction} ${value}${target.period ? ` per ${target.period}` : ''}`;
}

/** The kind of value a target states, or undefined when it states none. */
export function targetValueKind(target: KpiTarget): KpiValueKind | undefined {
    if (target.percent !== undefined) return 'percent';
    return target.duration ? 'duration' : undefined;
}

/** The agreement's target for the measured priority (`P1 { … }`), when the agreement has one. */
export function measuredPriorityTarget(measure: KpiMeasure): PriorityTarget | undefined {
    const agreement = measure.agreement?.ref;
    const priority = measure.priority?.ref;
    if (!agreement || !priority) return undefined;
    return (agreement.targets as PriorityTarget[]).find(t => t.priority?.ref === priority);
}

/** The service the KPI is about: its own `service`, else the service of the SLA it measures. */
export function kpiService(kpi: Kpi): Service | undefined {
    return kpi.service?.ref ?? agreementService(kpi.measure?.agreement?.ref);
}

export function agreementService(agreement: Agreement | undefined): Service | undefined {
    return isSla(agreement) ? agreement.service?.ref : undefined;
}
