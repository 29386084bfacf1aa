import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'request-item-fulfilment-not-request-workflow';

const WORKFLOWS = `incident workflow IncidentFlow {
  states { New initial  Resolved resolved  Closed final }
  New -> Resolved -> Closed
}
request workflow LaptopRequest {
  states { New initial  Delivered final }
  New -> Delivered
}
`;

function offering(workflow: string): string {
    return `${WORKFLOWS}service Workplace {
  offering Laptops {
    request item NewLaptop { fulfilment ${workflow} }
  }
}`;
}

describe(CODE, () => {
    it('flags a fulfilment naming an incident workflow, on the reference', async () => {
        const text = offering('IncidentFlow');
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'error',
            ...spanOf(text, 'IncidentFlow', 2),
            message: 'request item NewLaptop is fulfilled by IncidentFlow, an incident workflow; name a request workflow (`request workflow <name> { … }`)',
        })]);
    });

    it('accepts a request workflow, and leaves an unresolved name to the linker', async () => {
        expect(await findingsOf(CODE, offering('LaptopRequest'))).toEqual([]);
        expect(await findingsOf(CODE, offering('Missing'))).toEqual([]);
    });
});
