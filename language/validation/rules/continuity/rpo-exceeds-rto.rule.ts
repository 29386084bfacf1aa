import type { Service } from '../../../generated/ast.js';
import { formatSeconds } from '../../../values/duration.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * RPO above RTO: restoring in 4h what may be a day old is rarely what was
 * meant, and usually a swapped pair of values.
 */
function checkService(service: Service, { report }: RuleContext): void {
    const rto = service.rto?.seconds;
    const rpo = service.rpo?.seconds;
    if (rto === undefined || rpo === undefined || rpo <= rto) return;
    report({
        node: service.rpo!,
        message: `${service.name} may lose ${formatSeconds(rpo)} of data (RPO) but must be back within ${formatSeconds(rto)} (RTO): ` +
            'a recovery point older than the recovery time is unusual; check that the two are not swapped',
        data: { service: service.name, rpoSeconds: rpo, rtoSeconds: rto },
    });
}

export const rpoExceedsRto = defineRule({
    code: 'rpo-exceeds-rto',
    severity: 'warning',
    category: 'continuity',
    description: 'A service\'s recovery point objective (RPO) is longer than its recovery time objective (RTO).',
    checks: { Service: checkService },
});
