/** Priority matrices, calendars and holiday lists. */
import { calendarInvalidRange } from './calendar-invalid-range.rule.js';
import { calendarOverlappingRanges } from './calendar-overlapping-ranges.rule.js';
import { calendarUnknownTimezone } from './calendar-unknown-timezone.rule.js';
import { holidayDuplicateDate } from './holiday-duplicate-date.rule.js';
import { priorityMatrixIncomplete } from './priority-matrix-incomplete.rule.js';
import { priorityMatrixNotMonotonic } from './priority-matrix-not-monotonic.rule.js';

export const prioritiesCalendarsRules = [
    priorityMatrixIncomplete,
    priorityMatrixNotMonotonic,
    calendarInvalidRange,
    calendarOverlappingRanges,
    calendarUnknownTimezone,
    holidayDuplicateDate,
];
