import type { Agreement, PriorityTarget } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { agreementLabel, lineOf } from './agreement-targets.js';

/**
 * Two targets for one priority name in one agreement; every target after the
 * first is reported on its priority name.
 */
function checkAgreement(agreement: Agreement, { report }: RuleContext): void {
    const first = new Map<string, PriorityTarget>();
    for (const target of agreement.targets) {
        const priority = target.priority?.$refText;
        if (!priority) continue;
        const earlier = first.get(priority);
        if (!earlier) {
            first.set(priority, target);
            continue;
        }
        report({
            node: target,
            property: 'priority',
            message: `${agreementLabel(agreement)} already sets a target for ${priority} on line ${lineOf(earlier)}; ` +
                'only one response and resolution target can apply to a priority, so merge or remove one',
            data: { agreement: agreement.name, priority, firstLine: lineOf(earlier) },
        });
    }
}

export const slaDuplicatePriorityTarget = defineRule({
    code: 'sla-duplicate-priority-target',
    severity: 'error',
    category: 'service-level',
    description: 'An agreement sets two targets for one priority.',
    checks: {
        Sla: checkAgreement,
        Ola: checkAgreement,
        UnderpinningContract: checkAgreement,
    },
});
