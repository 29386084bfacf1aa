import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'live-request-item-without-fulfilment';

function service(status: string, item: string): string {
    return `request workflow LaptopRequest {
  states { New initial  Delivered final }
  New -> Delivered
}
service Workplace {
  status ${status}
  offering Laptops {
    ${item}
  }
}`;
}

describe(CODE, () => {
    it('flags a request item of a live service without a fulfilment workflow, on its name', async () => {
        const text = service('live', 'request item NewLaptop "New laptop" { fulfil within 3d }');
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'NewLaptop'),
            message: 'request item NewLaptop of offering Laptops (live service Workplace) has no fulfilment workflow; ' +
                'add `fulfilment <Workflow>` naming the request workflow that delivers it',
        })]);
    });

    it('accepts an item with a fulfilment workflow, and an item of a pipeline service without one', async () => {
        expect(await findingsOf(CODE, service('live', 'request item NewLaptop { fulfilment LaptopRequest }'))).toEqual([]);
        expect(await findingsOf(CODE, service('pipeline', 'request item NewLaptop'))).toEqual([]);
    });
});
