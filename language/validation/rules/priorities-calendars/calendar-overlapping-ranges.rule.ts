import type { Calendar, DaySet, TimeRange, WeeklyRange } from '../../../generated/ast.js';
import { daysOf, WEEKDAYS } from '../../../analysis/calendar-coverage.js';
import { formatMinutes } from '../../../values/time-of-day.js';
import { defineRule, type RuleContext } from '../../rule.js';

/** One time range applied to one day set, with the days it reaches. */
interface Entry {
    weekly: WeeklyRange;
    time: TimeRange;
    start: number;
    end: number;
    days: Set<number>;
}

/**
 * Two ranges of one calendar that cover the same minutes of the same day are
 * reported on the later one (source order): an overlapping time range, a day
 * named twice in one line's day sets, or any range next to `24x7`. Ranges
 * that merely touch (`08:00-12:00`, `12:00-17:00`) do not overlap.
 */
function checkCalendar(calendar: Calendar, { report }: RuleContext): void {
    const entries: Entry[] = [];
    for (const weekly of calendar.ranges) {
        if (calendar.always) {
            report({
                node: weekly,
                message: `Calendar ${calendar.name} is 24x7, so ${textOf(weekly)} overlaps it; remove the range or the 24x7`,
                data: { calendar: calendar.name, always: true },
            });
            continue;
        }
        checkDaySets(calendar, weekly, report);
        const days = new Set(weekly.days.flatMap(daysOf));
        for (const time of weekly.times) {
            const start = time.start?.minutes;
            const end = time.end?.minutes;
            // Invalid ranges are calendar-invalid-range's.
            if (start === undefined || end === undefined || end <= start) continue;
            const entry: Entry = { weekly, time, start, end, days };
            const overlapped = entries.filter(e => e.start < end && start < e.end && [...days].some(d => e.days.has(d)));
            if (overlapped.length > 0) {
                const shared = (e: Entry) => [...days].filter(d => e.days.has(d)).sort((a, b) => a - b);
                const where = (e: Entry) => (e.weekly === weekly ? 'earlier on this line' : `on line ${lineOf(e.time)}`);
                const doubled = [...new Set(overlapped.map(e => rangeText(Math.max(start, e.start), Math.min(end, e.end))))];
                const allDays = [...new Set(overlapped.flatMap(shared))].sort((a, b) => a - b);
                report({
                    node: time,
                    message: `${rangeText(start, end)} overlaps ` +
                        overlapped.map(e => `${rangeText(e.start, e.end)} ${where(e)} for ${dayList(shared(e))}`).join(' and ') +
                        `: ${doubled.join(', ')} ${doubled.length === 1 ? 'is' : 'are'} listed twice`,
                    data: { calendar: calendar.name, days: allDays.map(d => WEEKDAYS[d]), overlap: doubled },
                });
            }
            entries.push(entry);
        }
    }
}

/** `mon..fri, fri 08:00-10:00`: a day reached by two day sets of one line. */
function checkDaySets(calendar: Calendar, weekly: WeeklyRange, report: RuleContext['report']): void {
    const seen = new Map<number, DaySet>();
    for (const set of weekly.days) {
        const repeated = daysOf(set).filter(d => seen.has(d));
        if (repeated.length > 0) {
            const earlier = seen.get(repeated[0])!;
            report({
                node: set,
                message: `${dayList(repeated)} ${repeated.length === 1 ? 'is' : 'are'} already included in ` +
                    `${earlier.to ? `${earlier.from}..${earlier.to}` : earlier.from}; its hours are listed twice`,
                data: { calendar: calendar.name, days: repeated.map(d => WEEKDAYS[d]) },
            });
        }
        for (const day of daysOf(set)) if (!seen.has(day)) seen.set(day, set);
    }
}

function rangeText(start: number, end: number): string {
    return `${formatMinutes(start)}-${formatMinutes(end)}`;
}

function textOf(weekly: WeeklyRange): string {
    return weekly.$cstNode?.text.replace(/\s+/g, ' ') ?? 'a weekly range';
}

function lineOf(time: TimeRange): number {
    return (time.$cstNode?.range.start.line ?? 0) + 1;
}

/** Days as written in calendars: consecutive runs become `mon..fri`. */
function dayList(days: number[]): string {
    const runs: string[] = [];
    for (let i = 0; i < days.length; i++) {
        let j = i;
        while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
        runs.push(j - i >= 2 ? `${WEEKDAYS[days[i]]}..${WEEKDAYS[days[j]]}` : days.slice(i, j + 1).map(d => WEEKDAYS[d]).join(', '));
        i = j;
    }
    return runs.join(', ');
}

export const calendarOverlappingRanges = defineRule({
    code: 'calendar-overlapping-ranges',
    severity: 'warning',
    category: 'priorities-calendars',
    description: 'Two time ranges of one calendar cover the same hours of the same day.',
    checks: {
        Calendar: checkCalendar,
    },
});
