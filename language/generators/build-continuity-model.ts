/**
 * The continuity plans and KPIs of the canonical model, and the continuity
 * fields of a service. Kept apart from build-canonical-model.ts so that each
 * file reads as one part of the model.
 */
import type { AstNode, Reference } from 'langium';
import type { ContinuityPlan, Kpi, KpiMeasure, Service } from '../generated/ast.js';
import { kpiService, measuredPriorityTarget } from '../analysis/kpi.js';
import { recoveryTimes } from '../analysis/recovery.js';
import type { ItsmServices } from '../itsm-module.js';
import type { ContinuityPlanModel, DurationModel, KpiMeasureKind, KpiModel, ServiceModel } from './canonical-model.js';

/** How the builder names nodes and references and where it says they come from. */
export interface ModelHelpers {
    name(node: AstNode & { name?: string }): string;
    ref(reference: Reference | undefined): string | undefined;
    source(node: AstNode): { source: { file: string; line: number } };
}

const MEASURE_KINDS: Record<KpiMeasure['kind'], KpiMeasureKind> = {
    response: 'response', resolution: 'resolution', availability: 'availability', restore: 'restore-time', success: 'success-rate',
};

function duration(value: { seconds?: number; text: string } | undefined): DurationModel | undefined {
    return value?.seconds !== undefined ? { seconds: value.seconds, text: value.text } : undefined;
}

function defined<T extends object>(fields: T): T {
    return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** A service's `rto`, `rpo` and `continuity plan`, to spread into its model. */
export function serviceContinuity(service: Service, h: ModelHelpers): Pick<ServiceModel, 'rto' | 'rpo' | 'continuityPlan'> {
    return defined({ rto: duration(service.rto), rpo: duration(service.rpo), continuityPlan: h.ref(service.continuityPlan) });
}

/** The recovery floor of a service's dependencies, to spread into its `computed`. */
export function serviceRecoveryFloor(service: Service, services: ItsmServices, h: ModelHelpers): Pick<ServiceModel['computed'], 'recoveryFloor'> {
    const floor = recoveryTimes(services).floorOf(service);
    return floor ? { recoveryFloor: { seconds: floor.seconds, origin: h.name(floor.origin) } } : {};
}

export function continuityPlanModel(plan: ContinuityPlan, allServices: readonly Service[], h: ModelHelpers): ContinuityPlanModel {
    return {
        ...defined({
            name: h.name(plan),
            document: plan.document,
            owner: h.ref(plan.owner),
            tested: plan.tested?.iso,
            recoverySite: plan.recoverySite,
            description: plan.description,
        }),
        services: allServices.filter(s => s.continuityPlan?.ref === plan).map(s => h.name(s)).sort(),
        ...h.source(plan),
    } as ContinuityPlanModel;
}

export function kpiModel(kpi: Kpi, h: ModelHelpers): KpiModel {
    const service = kpiService(kpi);
    const measure = kpi.measure;
    const target = kpi.target;
    const priorityTarget = measure ? measuredPriorityTarget(measure) : undefined;
    const within = measure?.kind === 'response' ? priorityTarget?.response : measure?.kind === 'resolution' ? priorityTarget?.resolve : undefined;
    return {
        ...defined({
            name: h.name(kpi),
            service: service ? h.name(service) : h.ref(kpi.service),
            process: h.ref(kpi.process),
            owner: h.ref(kpi.owner),
            description: kpi.description,
            measure: measure ? defined({
                kind: MEASURE_KINDS[measure.kind],
                agreement: h.ref(measure.agreement),
                priority: measure.priority?.$refText,
                within: duration(within),
            }) : undefined,
            target: target?.direction ? defined({
                direction: target.direction as '>=' | '<=',
                percent: target.percent,
                duration: duration(target.duration),
                period: target.period,
            }) : undefined,
        }),
        ...h.source(kpi),
    } as KpiModel;
}
