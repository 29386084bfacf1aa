import { defineRule } from '../../rule.js';
import { coveringSlaNodes } from './request-items.js';

/**
 * On the duration of `fulfil within`. A fulfilment target, like an SLA's own
 * targets, is counted in the service hours of the SLA covering the offering;
 * without such hours, or with two different calendars, nobody can say when
 * the target is breached.
 */
export const requestTargetWithoutSlaHours = defineRule({
    code: 'request-target-without-sla-hours',
    severity: 'warning',
    category: 'catalogue',
    description: 'A request item\'s fulfilment target cannot be counted in its offering\'s SLA hours: no SLA with `hours` covers the offering, or its SLAs have different hours.',
    checks: {
        RequestItem: (item, { report, services }) => {
            if (!item.fulfilWithin) return;
            const offering = item.$container;
            const slas = coveringSlaNodes(offering, services);
            if (!slas) return;
            const calendars = [...new Set(slas.filter(sla => sla.hours).map(sla => sla.hours!.$refText))];
            if (calendars.length === 1) return;
            const target = `fulfil within ${item.fulfilWithin.text}`;
            const why = slas.length === 0
                ? `no SLA covers offering ${offering.name}`
                : calendars.length === 0
                    ? `the SLA${slas.length > 1 ? 's' : ''} covering offering ${offering.name} (${slas.map(s => s.name).join(', ')}) set${slas.length > 1 ? '' : 's'} no \`hours\``
                    : `the SLAs covering offering ${offering.name} count in different hours (${calendars.join(', ')})`;
            report({
                node: item,
                property: 'fulfilWithin',
                message: `${target} of request item ${item.name} is counted in the offering's SLA hours, but ${why}; ` +
                    `give the offering one SLA with \`hours <Calendar>\``,
                data: { item: item.name, offering: offering.name, calendars },
            });
        },
    },
});
