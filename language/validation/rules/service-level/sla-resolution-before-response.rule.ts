import type { Agreement } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { agreementLabel } from './agreement-targets.js';

/**
 * A target whose resolution time is shorter than its response time: resolving
 * an incident includes responding to it, so the pair cannot both be meant.
 * Reported on the resolution value; equal values are accepted.
 */
function checkAgreement(agreement: Agreement, { report }: RuleContext): void {
    for (const target of agreement.targets) {
        const { response, resolve } = target;
        if (response?.seconds === undefined || resolve?.seconds === undefined) continue;
        if (resolve.seconds >= response.seconds) continue;
        const priority = target.priority?.$refText;
        report({
            node: resolve,
            message: `${agreementLabel(agreement)} ${priority} resolution ${resolve.text} is shorter than its response ${response.text}; ` +
                'resolving an incident includes responding to it, so the resolution target must be at least as long',
            data: {
                agreement: agreement.name, priority,
                responseSeconds: response.seconds, resolveSeconds: resolve.seconds,
                response: response.text, resolve: resolve.text,
            },
        });
    }
}

export const slaResolutionBeforeResponse = defineRule({
    code: 'sla-resolution-before-response',
    severity: 'error',
    category: 'service-level',
    description: 'For some priority, the resolution target is shorter than the response target.',
    checks: {
        Sla: checkAgreement,
        Ola: checkAgreement,
        UnderpinningContract: checkAgreement,
    },
});
