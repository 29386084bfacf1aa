import type { Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isLive } from './lifecycle.js';

/** Reported on the service's name: the `owner` line is what is missing. */
function checkService(service: Service, { report }: RuleContext): void {
    if (!isLive(service) || service.owner) return;
    report({
        node: service,
        property: 'name',
        message: `${service.name} is live but has no owner; name the team accountable for it with \`owner\``,
        data: { service: service.name },
    });
}

export const serviceMissingOwner = defineRule({
    code: 'service-missing-owner',
    severity: 'error',
    category: 'catalogue',
    description: 'A live service has no owner: no team is accountable for it.',
    checks: { Service: checkService },
});
