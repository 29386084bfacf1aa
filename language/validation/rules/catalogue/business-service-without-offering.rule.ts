import type { Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isLive } from './lifecycle.js';

/** Reported on the service's name; a service without `kind business` is not a business service. */
function checkService(service: Service, { report }: RuleContext): void {
    if (!isLive(service) || service.kind !== 'business' || service.offerings.length > 0) return;
    report({
        node: service,
        property: 'name',
        message: `${service.name} is a live business service but offers nothing; add an \`offering\` for the audience that uses it`,
        data: { service: service.name, suggested: `${service.name}Standard` },
    });
}

export const businessServiceWithoutOffering = defineRule({
    code: 'business-service-without-offering',
    severity: 'warning',
    category: 'catalogue',
    description: 'A live business service has no offering, so customers cannot request or be promised anything of it.',
    checks: { Service: checkService },
});
