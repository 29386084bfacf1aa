import type { AstNode } from 'langium';
import { defineRule, type RuleContext } from '../../rule.js';

function checkAvailability(node: AstNode & { availability?: number; name?: string }, { report }: RuleContext): void {
    const value = node.availability;
    if (value === undefined) return;
    if (value <= 0 || value > 100) {
        report({
            node,
            property: 'availability' as never,
            message: `Availability ${value}% of ${node.name ?? 'this definition'} is not a percentage in (0%, 100%]`,
            data: { availability: value },
        });
    }
}

export const slaAvailabilityOutOfRange = defineRule({
    code: 'sla-availability-out-of-range',
    severity: 'error',
    category: 'service-level',
    description: 'An availability that is not in (0 %, 100 %].',
    checks: {
        Sla: checkAvailability,
        Ola: checkAvailability,
        UnderpinningContract: checkAvailability,
        Service: checkAvailability,
    },
});
