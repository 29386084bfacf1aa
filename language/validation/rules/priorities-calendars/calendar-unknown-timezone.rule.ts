import { checkTimeZone } from '../../../analysis/calendar-coverage.js';
import { defineRule } from '../../rule.js';

/**
 * A calendar's `timezone` must be an IANA zone name (`Europe/London`, `UTC`).
 * A calendar without one is read as UTC by the coverage rules; that is not
 * reported here (a 24x7 calendar needs no zone).
 */
export const calendarUnknownTimezone = defineRule({
    code: 'calendar-unknown-timezone',
    severity: 'error',
    category: 'priorities-calendars',
    description: 'A calendar\'s time zone is not an IANA time zone name.',
    checks: {
        Calendar: (calendar, { report }) => {
            if (calendar.timezone === undefined) return;
            const checked = checkTimeZone(calendar.timezone);
            if (checked.ok) return;
            report({
                node: calendar,
                property: 'timezone',
                message: `Calendar ${calendar.name}: ${checked.reason}`,
                data: { timezone: calendar.timezone, ...(checked.suggestion ? { suggested: checked.suggestion } : {}) },
            });
        },
    },
});
