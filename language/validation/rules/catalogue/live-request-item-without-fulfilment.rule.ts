import { defineRule } from '../../rule.js';
import { isLive } from './lifecycle.js';

/** On the item's name: a live service's requestable item has no `fulfilment` workflow. */
export const liveRequestItemWithoutFulfilment = defineRule({
    code: 'live-request-item-without-fulfilment',
    severity: 'error',
    category: 'catalogue',
    description: 'A requestable item of an offering of a live service has no fulfilment workflow, so an order for it cannot be worked.',
    checks: {
        RequestItem: (item, { report }) => {
            const offering = item.$container;
            const service = offering.$container;
            if (item.fulfilment || !isLive(service)) return;
            report({
                node: item,
                property: 'name',
                message: `request item ${item.name} of offering ${offering.name} (live service ${service.name}) has no fulfilment workflow; ` +
                    `add \`fulfilment <Workflow>\` naming the request workflow that delivers it`,
                data: { item: item.name, offering: offering.name, service: service.name },
            });
        },
    },
});
