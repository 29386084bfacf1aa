import type { Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isLive } from '../catalogue/lifecycle.js';

/** The most critical tier; the language numbers tiers from 1. */
const CRITICAL_TIER = 1;

/** A live tier-1 service must say how it is recovered after a disaster. */
function checkService(service: Service, { report }: RuleContext): void {
    if (!isLive(service) || service.tier !== CRITICAL_TIER || service.continuityPlan) return;
    report({
        node: service,
        property: 'name',
        message: `${service.name} is a live tier-${CRITICAL_TIER} service without a continuity plan: ` +
            'add `continuity plan <Plan>` naming how it is recovered after a disaster',
        data: { service: service.name },
    });
}

export const criticalServiceWithoutContinuityPlan = defineRule({
    code: 'critical-service-without-continuity-plan',
    severity: 'warning',
    category: 'continuity',
    description: 'A live tier-1 service names no continuity plan.',
    checks: { Service: checkService },
});
