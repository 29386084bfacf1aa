import { formatMinutes, parseTimeOfDay } from '../../../values/time-of-day.js';
import { defineRule } from '../../rule.js';

export const calendarInvalidRange = defineRule({
    code: 'calendar-invalid-range',
    severity: 'error',
    category: 'priorities-calendars',
    description: 'A time range that ends before it starts, or a time outside 00:00-24:00.',
    checks: {
        TimeOfDay: (time, { report }) => {
            const parsed = parseTimeOfDay(time.text);
            if (!parsed.ok) report({ node: time, message: parsed.reason.charAt(0).toUpperCase() + parsed.reason.slice(1) });
        },
        TimeRange: (range, { report }) => {
            const start = range.start?.minutes;
            const end = range.end?.minutes;
            if (start === undefined || end === undefined) return;
            if (end === start) {
                report({
                    node: range,
                    message: `Time range ${formatMinutes(start)}-${formatMinutes(end)} is empty: it ends when it starts`,
                });
            } else if (end < start) {
                report({
                    node: range,
                    message: `Time range ${formatMinutes(start)}-${formatMinutes(end)} ends before it starts; ` +
                        'split a range that crosses midnight into two (e.g. 22:00-24:00 and 00:00-06:00 on the next day)',
                });
            }
        },
    },
});
