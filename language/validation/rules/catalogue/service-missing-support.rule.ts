import type { Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isLive } from './lifecycle.js';

/** Reported on the service's name: the `support` line is what is missing. */
function checkService(service: Service, { report }: RuleContext): void {
    if (!isLive(service) || service.support) return;
    report({
        node: service,
        property: 'name',
        message: `${service.name} is live but has no support group; name the team that resolves its incidents with \`support\``,
        data: { service: service.name, ...(service.owner ? { owner: service.owner.$refText } : {}) },
    });
}

export const serviceMissingSupport = defineRule({
    code: 'service-missing-support',
    severity: 'warning',
    category: 'catalogue',
    description: 'A live service has no support group: no team is named to resolve its incidents.',
    checks: { Service: checkService },
});
