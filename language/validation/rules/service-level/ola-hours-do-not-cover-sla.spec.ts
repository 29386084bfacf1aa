import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'ola-hours-do-not-cover-sla';

const CALENDARS = `
calendar BusinessHours {
  timezone "Europe/London"
  mon..fri 08:00-18:00
}

calendar Extended {
  timezone "Europe/London"
  mon..fri 07:00-20:00
  sat 09:00-13:00
}

calendar Always {
  timezone "UTC"
  24x7
}
`;

describe(CODE, () => {
    it('flags an OLA working business hours under a 24x7 SLA, on the OLA\'s hours', async () => {
        const text = `${CALENDARS}
sla Platinum {
  hours Always
  underpinned by MessagingOLA
}

ola MessagingOLA {
  hours BusinessHours
}
`;
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, 'BusinessHours', 2),
            data: expect.objectContaining({
                sla: 'Platinum', slaCalendar: 'Always', calendar: 'BusinessHours', uncoveredHours: 118, slaWeeklyHours: 168,
            }),
        });
        expect(findings[0].message).toBe(
            'OLA MessagingOLA works BusinessHours (mon..fri 08:00-18:00, Europe/London) but underpins SLA Platinum, ' +
            'which runs Always (24x7, UTC): 118 of 168 hours a week are not covered ' +
            '(mon 18:00-tue 08:00, tue 18:00-wed 08:00, wed 18:00-thu 08:00 and 2 more, UTC)');
    });

    it('flags an underpinning contract once per SLA it does not cover', async () => {
        const text = `${CALENDARS}
sla Gold { hours Extended  underpinned by CarrierUC }
sla Silver { hours BusinessHours  underpinned by CarrierUC }
sla Bronze { hours Extended  underpinned by CarrierUC }
uc CarrierUC { vendor "Telco Ltd"  hours BusinessHours }
`;
        const findings = await findingsOf(CODE, text);
        expect(findings.map(f => f.data?.sla)).toEqual(['Gold', 'Bronze']);
        expect(findings[0].message).toContain('Underpinning contract CarrierUC works BusinessHours');
        expect(findings[0].message).toContain('19 of 69 hours a week are not covered (mon 07:00-08:00, mon 18:00-20:00, tue 07:00-08:00 and 8 more, Europe/London)');
    });

    it('accepts a 24x7 OLA under a business-hours SLA, and an OLA without hours', async () => {
        const text = `${CALENDARS}
sla Gold { hours BusinessHours  underpinned by MessagingOLA, DeskOLA }
ola MessagingOLA { hours Always }
ola DeskOLA { }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('accepts an OLA that underpins no SLA', async () => {
        expect(await findingsOf(CODE, `${CALENDARS}\nola MessagingOLA { hours BusinessHours }\n`)).toEqual([]);
    });
});
