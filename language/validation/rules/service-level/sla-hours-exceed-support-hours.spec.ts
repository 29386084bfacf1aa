import { describe, expect, it } from 'vitest';
import { findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'sla-hours-exceed-support-hours';

const CALENDARS = `
calendar BusinessHours {
  timezone "Europe/London"
  mon..fri 08:00-18:00
  except holidays UKBankHolidays
}

calendar Always {
  timezone "UTC"
  24x7
}

holidays UKBankHolidays {
  2026-12-25 "Christmas Day"
  2026-12-26 "Boxing Day"
}
`;

const workspace = (slaHours: string, deskHours: string) => `${CALENDARS}
team ServiceDesk {
  hours ${deskHours}
}

service Email {
  status live
  support ServiceDesk
}

sla Platinum {
  service Email
  hours ${slaHours}
}
`;

describe(CODE, () => {
    it('flags a 24x7 SLA whose support team works business hours', async () => {
        const text = workspace('Always', 'BusinessHours');
        const findings = await findingsOf(CODE, text);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            severity: 'warning',
            ...spanOf(text, 'Always', 2),
            data: expect.objectContaining({
                service: 'Email', team: 'ServiceDesk', calendar: 'Always', teamCalendar: 'BusinessHours',
                uncoveredHours: 118, weeklyHours: 168, holidays: ['2026-12-25'],
            }),
        });
        expect(findings[0].message).toBe(
            "SLA Platinum runs Always (24x7, UTC) but Email's support team ServiceDesk works " +
            'BusinessHours (mon..fri 08:00-18:00, Europe/London, except UKBankHolidays): ' +
            '118 of 168 hours a week are not covered (mon 18:00-tue 08:00, tue 18:00-wed 08:00, wed 18:00-thu 08:00 and 2 more, UTC); ' +
            'ServiceDesk also stops on 1 holiday of UKBankHolidays that Platinum does not except (2026-12-25)');
    });

    it('reads ranges in their zone: New York business hours do not cover London business hours', async () => {
        const text = `
calendar London {
  timezone "Europe/London"
  mon..fri 09:00-17:00
}
calendar NewYork {
  timezone "America/New_York"
  mon..fri 09:00-17:00
}
team Desk { hours NewYork }
service Email { support Desk }
sla Gold { service Email  hours London }
`;
        const [finding] = await findingsOf(CODE, text);
        // January: London is UTC+0, New York UTC-5, so only 14:00-17:00 London time overlaps.
        expect(finding.data).toMatchObject({ uncoveredHours: 25, weeklyHours: 40 });
        expect(finding.message).toContain('(mon 09:00-14:00, tue 09:00-14:00, wed 09:00-14:00 and 2 more, Europe/London)');
    });

    it('flags holidays the support team takes when the SLA runs on them', async () => {
        const text = `${CALENDARS}
calendar Weekdays {
  timezone "Europe/London"
  mon..fri 08:00-18:00
}
team ServiceDesk { hours BusinessHours }
service Email { support ServiceDesk }
sla Gold { service Email  hours Weekdays }
`;
        const [finding] = await findingsOf(CODE, text);
        expect(finding.message).toMatch(/: ServiceDesk stops on 1 holiday of UKBankHolidays that Gold does not except \(2026-12-25\)$/);
        expect(finding.data).toMatchObject({ uncoveredHours: 0, holidays: ['2026-12-25'] });
    });

    it('accepts business-hours SLAs supported by a 24x7 team, or by the same calendar', async () => {
        expect(await findingsOf(CODE, workspace('BusinessHours', 'Always'))).toEqual([]);
        expect(await findingsOf(CODE, workspace('BusinessHours', 'BusinessHours'))).toEqual([]);
    });

    it('does not compare ranges in a time zone it does not know', async () => {
        const text = `${CALENDARS}
calendar Office {
  timezone "Europe/Londn"
  mon..fri 08:00-18:00
}
team ServiceDesk { hours Office }
service Email { support ServiceDesk }
sla Platinum { service Email  hours Always }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });

    it('does not guess when the support team has no hours', async () => {
        const text = `${CALENDARS}
team ServiceDesk
service Email { support ServiceDesk }
sla Platinum { service Email  hours Always }
`;
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
