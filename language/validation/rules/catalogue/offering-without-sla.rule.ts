import type { Offering } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isLive } from './lifecycle.js';
import { slasCovering, slasNaming } from './service-agreements.js';

/**
 * An offering is covered by the SLAs it lists, or else by a service-wide SLA:
 * one that names its service and that no offering lists. Reported on the
 * offering's name.
 */
function checkOffering(offering: Offering, { report, services }: RuleContext): void {
    const service = offering.$container;
    if (!isLive(service) || slasCovering(offering, services).length > 0) return;
    const others = slasNaming(service, services).map(sla => sla.name);
    const why = others.length === 0
        ? `no SLA names ${service.name}`
        : `${others.join(', ')} ${others.length === 1 ? 'names' : 'name'} ${service.name} but ${others.length === 1 ? 'applies' : 'apply'} to the offerings that list ${others.length === 1 ? 'it' : 'them'}`;
    report({
        node: offering,
        property: 'name',
        message: `Offering ${offering.name} of live service ${service.name} is covered by no SLA: it lists none, and ${why}`,
        data: { service: service.name, offering: offering.name, candidates: others },
    });
}

export const offeringWithoutSla = defineRule({
    code: 'offering-without-sla',
    severity: 'warning',
    category: 'catalogue',
    description: 'An offering of a live service is covered by no SLA, so nothing is promised to its audience.',
    checks: { Offering: checkOffering },
});
