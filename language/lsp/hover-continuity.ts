/**
 * Hovers of service continuity and KPIs: a service's recovery objectives and
 * the earliest its dependencies let it be back (with the service whose RTO
 * decides it), a continuity plan's facts and the services that name it, a
 * KPI's measure and target and what its agreement promises for it.
 */
import { isService, type ContinuityPlan, type Kpi, type Service } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { kpiService, measuredPriorityTarget, measureText, targetText } from '../analysis/kpi.js';
import { recoveryTimes } from '../analysis/recovery.js';
import { formatSeconds } from '../values/duration.js';
import { facts, listOf, nameOf } from './hover-markdown.js';

/** The recovery section of a service's hover; undefined when it states no objective, plan or floor. */
export function serviceRecoveryHover(service: Service, services: ItsmServices): string | undefined {
    const floor = recoveryTimes(services).floorOf(service);
    const rto = service.rto?.seconds;
    if (rto === undefined && !service.rpo && !service.continuityPlan && !floor) return undefined;
    const plan = service.continuityPlan?.ref;
    const planText = plan ? `${plan.name}${plan.tested?.iso ? ` (tested ${plan.tested.iso})` : ' (never tested)'}` : nameOf(service.continuityPlan);
    const floorText = floor
        ? `${formatSeconds(floor.seconds)} (the RTO of ${floor.origin.name})${rto !== undefined && floor.seconds > rto ? ' ⚠ longer than its own RTO' : ''}`
        : 'none — no dependency states an RTO';
    return '**Continuity**\n' + facts([
        ['RTO', service.rto?.text],
        ['RPO', service.rpo?.text],
        ['Continuity plan', planText ?? '_none_'],
        ['Dependencies allow it back after', floorText],
    ]);
}

export function continuityPlanHover(plan: ContinuityPlan, services: ItsmServices): string[] {
    const covered = services.references.DefinitionIndex.nodesOfType('Service', isService)
        .filter(service => service.continuityPlan?.ref === plan)
        .map(service => service.name);
    return [facts([
        ['Owner', nameOf(plan.owner)],
        ['Document', plan.document],
        ['Last tested', plan.tested?.iso ?? plan.tested?.text ?? '_never_'],
        ['Recovery site', plan.recoverySite],
        ['Services', listOf(covered) ?? 'no service names it'],
    ])];
}

export function kpiHover(kpi: Kpi): string[] {
    return [facts([
        ['Service', kpiService(kpi)?.name ?? nameOf(kpi.service)],
        ['Process', nameOf(kpi.process)],
        ['Measures', measureText(kpi.measure)],
        ['Target', targetText(kpi.target)],
        ['Owner', nameOf(kpi.owner)],
        ['Agreement promises', agreementPromise(kpi)],
    ])];
}

/** "P1 resolve 1h", "availability 99.9% per month": what the KPI is counted against. */
function agreementPromise(kpi: Kpi): string | undefined {
    const measure = kpi.measure;
    const agreement = measure?.agreement?.ref;
    if (!measure || !agreement) return undefined;
    if (measure.kind === 'availability') {
        return agreement.availability !== undefined
            ? `${agreement.name}: availability ${agreement.availability}%${agreement.period ? ` per ${agreement.period}` : ''}` : undefined;
    }
    const target = measuredPriorityTarget(measure);
    const time = measure.kind === 'response' ? target?.response : target?.resolve;
    return time ? `${agreement.name}: ${measure.priority?.$refText} ${measure.kind === 'response' ? 'response' : 'resolve'} ${time.text}` : undefined;
}
