/**
 * Calendars as schedules: one cmn_schedule per calendar, and cmn_schedule_span
 * entries for its weekly hours (repeating weekly from a fixed Monday), for
 * 24x7, and for each holiday of its holiday lists (an excluded all-day entry).
 * Written in display values, like every Table API file of this target.
 */
import type { CalendarModel } from '../../canonical-model.js';
import { addDays, byKey, record, type SnRecord } from './common.js';
import type { SnContext } from './context.js';

/** Weekly entries start on this Monday; with a weekly repeat the date only fixes the weekday. */
export const ANCHOR_MONDAY = '2024-01-01';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `["mon..fri"]` → `[1, 2, 3, 4, 5]` (ServiceNow numbers Monday 1 to Sunday 7). */
export function dayNumbers(days: string[]): number[] {
    const numbers = new Set<number>();
    for (const day of days) {
        const [from, to] = day.split('..');
        const start = WEEKDAYS.indexOf(from);
        const end = to ? WEEKDAYS.indexOf(to) : start;
        if (start < 0 || end < 0) continue;
        for (let i = start; ; i = (i + 1) % 7) {
            numbers.add(i + 1);
            if (i === end) break;
        }
    }
    return [...numbers].sort((a, b) => a - b);
}

/** `HH:MM` on a date as a schedule date-time display value; `24:00` is midnight of the next day. */
export function scheduleDateTime(date: string, time: string): string {
    if (time === '24:00') return `${addDays(date, 1)} 00:00:00`;
    return `${date} ${time}:00`;
}

export function scheduleRecords(context: SnContext): SnRecord[] {
    return context.model.calendars.map(calendar => record([
        ['name', context.schedule(calendar.name)],
        ['time_zone', calendar.timezone ?? 'Floating'],
        ['description', calendar.description],
    ]));
}

function weeklySpans(calendar: CalendarModel, schedule: string): SnRecord[] {
    return calendar.weekly.map(range => {
        const days = dayNumbers(range.days);
        const date = addDays(ANCHOR_MONDAY, (days[0] ?? 1) - 1);
        const endDate = range.to !== '24:00' && range.to <= range.from ? addDays(date, 1) : date;
        return record([
            ['schedule', schedule],
            ['name', `${range.days.join(', ')} ${range.from}-${range.to}`],
            ['show_as', 'Busy'],
            ['start_date_time', scheduleDateTime(date, range.from)],
            ['end_date_time', scheduleDateTime(endDate, range.to)],
            ['all_day', 'false'],
            ['repeat_type', 'Weekly'],
            ['repeat_count', '1'],
            ['days_of_week', days.join('')],
        ]);
    });
}

export function scheduleSpanRecords(context: SnContext): SnRecord[] {
    const lists = new Map(context.model.holidayLists.map(l => [l.name, l]));
    return context.model.calendars.flatMap(calendar => {
        const schedule = context.schedule(calendar.name);
        const always = calendar.always ? [record([
            ['schedule', schedule],
            ['name', '24x7'],
            ['show_as', 'Busy'],
            ['start_date_time', `${ANCHOR_MONDAY} 00:00:00`],
            ['end_date_time', `${addDays(ANCHOR_MONDAY, 1)} 00:00:00`],
            ['all_day', 'true'],
            ['repeat_type', 'Daily'],
            ['repeat_count', '1'],
        ])] : [];
        const holidays = calendar.holidayLists.flatMap(name => lists.get(name)?.days ?? [])
            .filter((day, index, all) => all.findIndex(d => d.date === day.date) === index)
            .sort(byKey(day => day.date))
            .map(day => record([
                ['schedule', schedule],
                ['name', day.label ? `${day.label} (${day.date})` : day.date],
                ['type', 'Excluded'],
                ['show_as', 'Busy'],
                ['start_date_time', `${day.date} 00:00:00`],
                ['end_date_time', `${addDays(day.date, 1)} 00:00:00`],
                ['all_day', 'true'],
            ]));
        return [...always, ...weeklySpans(calendar, schedule), ...holidays];
    });
}
