import type { ContinuityPlan } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * A plan that records no test. Only the missing date is reported: how old a
 * test may be is an organisation's policy, and a rule that depends on
 * today's date would make the same catalogue pass today and fail tomorrow.
 */
function checkPlan(plan: ContinuityPlan, { report }: RuleContext): void {
    if (plan.tested) return;
    report({
        node: plan,
        property: 'name',
        message: `Continuity plan ${plan.name} records no test: add \`tested <date>\` with the date of its last recovery test`,
        data: { plan: plan.name },
    });
}

export const continuityPlanUntested = defineRule({
    code: 'continuity-plan-untested',
    severity: 'info',
    category: 'continuity',
    description: 'A continuity plan records no date of its last recovery test.',
    checks: { ContinuityPlan: checkPlan },
});
