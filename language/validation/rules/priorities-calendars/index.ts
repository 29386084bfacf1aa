/** Priority matrices, calendars and holiday lists. */
import { calendarInvalidRange } from './calendar-invalid-range.rule.js';

export const prioritiesCalendarsRules = [calendarInvalidRange];
