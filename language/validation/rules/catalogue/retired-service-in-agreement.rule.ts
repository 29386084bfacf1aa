import type { Offering, Sla } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isRetired } from './lifecycle.js';

/** An SLA whose `service` is retired, on that reference. */
function checkSla(sla: Sla, { report }: RuleContext): void {
    const service = sla.service?.ref;
    if (!service || !isRetired(service)) return;
    report({
        node: sla,
        property: 'service',
        message: `SLA ${sla.name} is for ${service.name}, which is retired; end the agreement or move it to the service that replaces ${service.name}`,
        data: { sla: sla.name, service: service.name },
    });
}

/** An offering (of any service) that lists an SLA for a retired service, on that SLA reference. */
function checkOffering(offering: Offering, { report }: RuleContext): void {
    offering.slas.forEach((reference, index) => {
        const sla = reference.ref;
        const service = sla?.service?.ref;
        if (!sla || !service || !isRetired(service)) return;
        const own = service === offering.$container;
        report({
            node: offering,
            property: 'slas',
            index,
            message: `Offering ${offering.name} lists SLA ${sla.name}, which is for ${service.name}, a retired service` +
                (own ? '' : ` (the offering belongs to ${offering.$container.name})`),
            data: { offering: offering.name, service: offering.$container.name, sla: sla.name, retired: service.name },
        });
    });
}

export const retiredServiceInAgreement = defineRule({
    code: 'retired-service-in-agreement',
    severity: 'warning',
    category: 'catalogue',
    description: 'An SLA, or an offering through the SLAs it lists, still names a retired service.',
    checks: { Sla: checkSla, Offering: checkOffering },
});
