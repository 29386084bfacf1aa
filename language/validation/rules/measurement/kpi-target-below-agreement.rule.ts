import type { KpiTarget } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * An availability KPI that is met while the agreement it measures is
 * breached: `>= 99.5%` against an SLA of 99.9%. Compared when both state a
 * percentage and the periods agree (a missing period on either side is taken
 * as agreeing), since 99.9% a year and 99.9% a month are different promises.
 */
function checkTarget(target: KpiTarget, { report }: RuleContext): void {
    const kpi = target.$container;
    const measure = kpi.measure;
    const agreement = measure?.kind === 'availability' ? measure.agreement?.ref : undefined;
    const promised = agreement?.availability;
    if (!agreement || promised === undefined || target.percent === undefined || target.direction !== '>=') return;
    if (target.period && agreement.period && target.period !== agreement.period) return;
    if (target.percent >= promised) return;
    report({
        node: target,
        property: 'percent',
        message: `KPI ${kpi.name} targets ${target.percent}% availability, below the ${promised}% ${agreement.name} promises: ` +
            'the KPI would be met while the agreement is breached',
        data: { kpi: kpi.name, agreement: agreement.name, promised, suggestedPercent: promised },
    });
}

export const kpiTargetBelowAgreement = defineRule({
    code: 'kpi-target-below-agreement',
    severity: 'warning',
    category: 'measurement',
    description: 'An availability KPI\'s target is below the availability of the agreement it measures.',
    checks: { KpiTarget: checkTarget },
});
