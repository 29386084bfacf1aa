import type { KpiMeasure } from '../../../generated/ast.js';
import { agreementService, measuredPriorityTarget } from '../../../analysis/kpi.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * A KPI measured against an agreement that does not promise what it
 * measures: a priority without a target, a target without the measured time,
 * an agreement without an availability, or an SLA of another service.
 * Unknown names are `unresolved-reference`; this rule needs both resolved.
 */
function checkMeasure(measure: KpiMeasure, { report }: RuleContext): void {
    const kpi = measure.$container;
    const agreement = measure.agreement?.ref;
    if (!agreement) return;
    const fail = (property: 'agreement' | 'priority', message: string) =>
        report({ node: measure, property, message: `KPI ${kpi.name} measures ${message}`, data: { kpi: kpi.name, agreement: agreement.name } });

    if (measure.kind === 'response' || measure.kind === 'resolution') {
        const priority = measure.priority?.ref;
        if (!priority) return;
        const target = measuredPriorityTarget(measure);
        const word = measure.kind === 'response' ? 'response' : 'resolve';
        if (!target) fail('priority', `${measure.kind} within ${agreement.name} ${priority.name}, but ${agreement.name} sets no ${priority.name} target`);
        else if (!target[word]) fail('priority', `${measure.kind} within ${agreement.name} ${priority.name}, but ${agreement.name}'s ${priority.name} target has no ${word} time`);
    } else if (measure.kind === 'availability' && agreement.availability === undefined) {
        fail('agreement', `availability of ${agreement.name}, but ${agreement.name} states no availability`);
    }
    const own = kpi.service?.ref;
    const covered = agreementService(agreement);
    if (own && covered && own !== covered) {
        fail('agreement', `${agreement.name}, which is the SLA of ${covered.name}, but the KPI is about ${own.name}`);
    }
}

export const kpiAgreementMismatch = defineRule({
    code: 'kpi-agreement-mismatch',
    severity: 'error',
    category: 'measurement',
    description: 'A KPI measures something the agreement it refers to does not promise, or an agreement of another service.',
    checks: { KpiMeasure: checkMeasure },
});
