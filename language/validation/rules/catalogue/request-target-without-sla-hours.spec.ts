import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'request-target-without-sla-hours';

const BASE = `calendar BusinessHours { mon..fri 08:00-18:00 }
calendar Always { 24x7 }
sla Timed { service Workplace  hours BusinessHours }
sla AlsoTimed { service Workplace  hours Always }
sla Untimed { service Workplace }
`;

function workplace(slas: string): string {
    return `${BASE}service Workplace {
  offering Laptops {
    ${slas}
    request item NewLaptop { fulfil within 3d }
  }
}`;
}

describe(CODE, () => {
    it('flags a target when the offering\'s SLA sets no hours, on the duration', async () => {
        const text = workplace('sla Untimed');
        const findings = await findingsOf(CODE, text);
        expect(findings).toEqual([expect.objectContaining({
            severity: 'warning',
            ...spanOf(text, '3d'),
            message: 'fulfil within 3d of request item NewLaptop is counted in the offering\'s SLA hours, but the SLA covering ' +
                'offering Laptops (Untimed) sets no `hours`; give the offering one SLA with `hours <Calendar>`',
        })]);
    });

    it('flags SLAs that count in different hours', async () => {
        const findings = await findingsOf(CODE, workplace('sla Timed, AlsoTimed'));
        expect(findings.map(f => f.message)).toEqual([expect.stringContaining(
            'but the SLAs covering offering Laptops count in different hours (BusinessHours, Always)')]);
    });

    it('accepts one SLA calendar, a second SLA without hours, and an item without a target', async () => {
        expect(await findingsOf(CODE, workplace('sla Timed'))).toEqual([]);
        expect(await findingsOf(CODE, workplace('sla Timed, Untimed'))).toEqual([]);
        expect(await findingsOf(CODE, `${BASE}service Workplace {
  offering Laptops { sla Untimed  request item NewLaptop }
}`)).toEqual([]);
    });
});
