/**
 * Calendar arithmetic: a calendar as the set of minutes of one reference week
 * it covers, in UTC, and "does calendar A cover calendar B".
 *
 * - Weekly ranges are read in the calendar's `timezone` and moved to UTC with
 *   the zone's offset at one fixed instant, REFERENCE_INSTANT (Monday
 *   5 January 2026, 12:00 UTC). Daylight saving time is approximated by that
 *   one offset: two calendars in zones that change their clocks on different
 *   dates are compared as they stand in January.
 * - A calendar without a `timezone` is read as UTC.
 * - Holidays are compared as lists of dates: a provider that stops on a date
 *   the calendar it must cover does not except leaves that day uncovered, for
 *   the hours the provider would otherwise have worked and were needed.
 * - Week minute 0 is Monday 00:00; intervals are half-open [start, end).
 */
import type { Calendar, DaySet, Weekday } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { closestName } from '../references/string-distance.js';
import { formatMinutes } from '../values/time-of-day.js';

export const DAY_MINUTES = 24 * 60;
export const WEEK_MINUTES = 7 * DAY_MINUTES;
/** The instant whose UTC offset stands for the whole year: Monday 5 January 2026, 12:00 UTC. */
export const REFERENCE_INSTANT = Date.UTC(2026, 0, 5, 12, 0);
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type Interval = readonly [start: number, end: number];

// ---------------------------------------------------------------- time zones

/**
 * Names of the IANA time zone database without a `/` (legacy and backward
 * links). Other names without a slash that the runtime accepts (`PST`, `IST`)
 * are ICU abbreviations, not IANA names, and often ambiguous.
 */
const IANA_TOP_LEVEL = new Set([
    'CET', 'CST6CDT', 'EET', 'EST', 'EST5EDT', 'HST', 'MET', 'MST', 'MST7MDT', 'PST8PDT', 'WET',
    'Cuba', 'Egypt', 'Eire', 'GB', 'GB-Eire', 'GMT', 'GMT+0', 'GMT-0', 'GMT0', 'Greenwich', 'Hongkong',
    'Iceland', 'Iran', 'Israel', 'Jamaica', 'Japan', 'Kwajalein', 'Libya', 'NZ', 'NZ-CHAT', 'Navajo',
    'PRC', 'Poland', 'Portugal', 'ROC', 'ROK', 'Singapore', 'Turkey', 'UCT', 'UTC', 'Universal', 'W-SU', 'Zulu',
]);

export type TimeZoneCheck =
    | { ok: true; zone: string }
    /** `runtimeZone`: the zone the runtime reads the name as anyway (an abbreviation, a name in the wrong case). */
    | { ok: false; reason: string; suggestion?: string; runtimeZone?: string };

/** Whether `name` is an IANA time zone name the runtime knows, written as the database writes it. */
export function checkTimeZone(name: string): TimeZoneCheck {
    if (/^[+\-\u2212]?\d/.test(name) || /^(UTC|GMT)[+-](?!0$)/i.test(name)) {
        return { ok: false, reason: `'${name}' is a UTC offset, not an IANA time zone name; name the place whose clock the calendar follows, e.g. Europe/Berlin (or Etc/GMT-1 for a fixed offset of +01:00, sign inverted)` };
    }
    const resolved = resolvedZone(name);
    if (resolved === undefined) {
        const suggestion = closestZone(name);
        return { ok: false, reason: `'${name}' is not an IANA time zone name` + (suggestion ? `; did you mean ${suggestion}?` : ''), suggestion };
    }
    if (!name.includes('/') && !IANA_TOP_LEVEL.has(name)) {
        return {
            ok: false,
            reason: `'${name}' is an abbreviation, not an IANA time zone name (abbreviations are ambiguous: IST is India, Ireland or Israel); ` +
                `this runtime reads it as ${resolved}, so write that`,
            suggestion: resolved,
            runtimeZone: resolved,
        };
    }
    if (resolved !== name && resolved.toLowerCase() === name.toLowerCase()) {
        return { ok: false, reason: `time zone names are case-sensitive: write '${resolved}', not '${name}'`, suggestion: resolved, runtimeZone: resolved };
    }
    return { ok: true, zone: name };
}

function resolvedZone(name: string): string | undefined {
    if (name.trim() !== name || name === '') return undefined;
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
        return undefined;
    }
}

let knownZones: string[] | undefined;

function closestZone(name: string): string | undefined {
    knownZones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
    const wanted = name.toLowerCase().replace(/\s+/g, '_');
    // A city without its region (`London`) or with spaces (`America/New York`).
    const byCity = knownZones.find(zone => zone.toLowerCase() === wanted || zone.toLowerCase().endsWith(`/${wanted}`));
    if (byCity) return byCity;
    return closestName(name, knownZones);
}

/** The zone's offset from UTC in minutes (east positive) at `instant`, or undefined for an unknown zone. */
export function utcOffsetMinutes(zone: string, instant = REFERENCE_INSTANT): number | undefined {
    if (resolvedZone(zone) === undefined) return undefined;
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23',
        year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    }).formatToParts(new Date(instant));
    const part = (type: string) => Number(parts.find(p => p.type === type)?.value);
    const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
    return Math.round((wallClock - instant) / 60_000);
}

// ---------------------------------------------------------------- intervals

/** Sorted, merged intervals (adjacent ones joined). */
export function normalise(intervals: Iterable<Interval>): Interval[] {
    const sorted = [...intervals].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of sorted) {
        const last = merged[merged.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
    }
    return merged;
}

/** Shifts week intervals by `delta` minutes, wrapping around the end of the week. */
export function shiftWeek(intervals: readonly Interval[], delta: number): Interval[] {
    const shifted: Interval[] = [];
    for (const [start, end] of intervals) {
        const s = start + delta;
        const e = end + delta;
        for (const base of [-WEEK_MINUTES, 0, WEEK_MINUTES]) {
            const from = Math.max(s + base, 0);
            const to = Math.min(e + base, WEEK_MINUTES);
            if (to > from) shifted.push([from, to]);
        }
    }
    return normalise(shifted);
}

/** `a` minus `b`, both normalised. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
    const result: Interval[] = [];
    for (const [start, end] of a) {
        let cursor = start;
        for (const [bs, be] of b) {
            if (be <= cursor || bs >= end) continue;
            if (bs > cursor) result.push([cursor, bs]);
            cursor = Math.max(cursor, be);
            if (cursor >= end) break;
        }
        if (cursor < end) result.push([cursor, end]);
    }
    return result;
}

export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
    return subtract(a, subtract(a, b));
}

export function totalMinutes(intervals: readonly Interval[]): number {
    return intervals.reduce((sum, [s, e]) => sum + e - s, 0);
}

// ---------------------------------------------------------------- calendars

/** The days of a day set, Monday = 0; `fri..mon` wraps over the weekend. */
export function daysOf(set: DaySet): number[] {
    const from = WEEKDAYS.indexOf(set.from);
    if (from < 0) return [];
    const to = set.to ? WEEKDAYS.indexOf(set.to) : from;
    if (to < 0) return [from];
    const days: number[] = [];
    for (let day = from; ; day = (day + 1) % 7) {
        days.push(day);
        if (day === to) break;
    }
    return days;
}

export interface CalendarCoverage {
    calendar: Calendar;
    /** The zone the ranges are read in: the declared one, or UTC when none is declared. */
    zone: string;
    zoneDeclared: boolean;
    /** Offset from UTC at REFERENCE_INSTANT, undefined when the zone is unknown. */
    offsetMinutes?: number;
    /** Covered minutes of the week in the calendar's own zone. */
    local: Interval[];
    /** Covered minutes of the week in UTC; undefined when the zone is unknown and it matters. */
    utc?: Interval[];
    weeklyMinutes: number;
    /** Excepted holiday dates (ISO) and the lists that name them. */
    holidays: Map<string, string[]>;
    /** The calendar's hours as written: `24x7`, `mon..fri 08:00-18:00`, or `no hours`. */
    hoursText: string;
}

/** The coverage of one calendar (pure; see `coverageOf` for the cached accessor). */
export function calendarCoverage(calendar: Calendar): CalendarCoverage {
    const local: Interval[] = [];
    if (calendar.always) local.push([0, WEEK_MINUTES]);
    for (const weekly of calendar.ranges) {
        const days = new Set(weekly.days.flatMap(daysOf));
        for (const time of weekly.times) {
            const start = time.start?.minutes;
            const end = time.end?.minutes;
            // Ranges that end before they start are calendar-invalid-range's; they cover nothing here.
            if (start === undefined || end === undefined || end <= start) continue;
            for (const day of days) local.push([day * DAY_MINUTES + start, day * DAY_MINUTES + end]);
        }
    }
    const merged = normalise(local);
    const weeklyMinutes = totalMinutes(merged);
    const zone = calendar.timezone ?? 'UTC';
    const checked = checkTimeZone(zone);
    // A name the runtime reads anyway (`PST`, `europe/london`) is compared as read; calendar-unknown-timezone reports it.
    const runtimeZone = checked.ok ? checked.zone : checked.runtimeZone;
    const offsetMinutes = runtimeZone !== undefined ? utcOffsetMinutes(runtimeZone) : undefined;
    const zoneIrrelevant = weeklyMinutes === 0 || weeklyMinutes === WEEK_MINUTES;
    const utc = offsetMinutes !== undefined ? shiftWeek(merged, -offsetMinutes) : zoneIrrelevant ? merged : undefined;
    const holidays = new Map<string, string[]>();
    for (const reference of calendar.holidays) {
        const list = reference.ref;
        if (!list) continue;
        for (const day of list.days) {
            const iso = day.date?.iso;
            if (!iso) continue;
            const names = holidays.get(iso) ?? [];
            if (!names.includes(list.name)) names.push(list.name);
            holidays.set(iso, names);
        }
    }
    return {
        calendar, zone, zoneDeclared: calendar.timezone !== undefined, offsetMinutes,
        local: merged, utc, weeklyMinutes, holidays, hoursText: hoursText(calendar),
    };
}

function hoursText(calendar: Calendar): string {
    const parts: string[] = [];
    if (calendar.always) parts.push('24x7');
    for (const weekly of calendar.ranges) {
        const days = weekly.days.map(d => (d.to ? `${d.from}..${d.to}` : d.from)).join(', ');
        const times = weekly.times.map(t => `${t.start?.text ?? '?'}-${t.end?.text ?? '?'}`).join(', ');
        parts.push(`${days} ${times}`);
    }
    return parts.length > 0 ? parts.join('; ') : 'no hours';
}

/**
 * The coverage of a calendar, computed once per build: the cache is evicted
 * when a build has indexed its documents, so edited holiday lists in other
 * files are seen.
 */
export function coverageOf(calendar: Calendar, services: ItsmServices): CalendarCoverage {
    const cache = services.validation.AnalysisCache.get('calendar-coverage', () => new WeakMap<Calendar, CalendarCoverage>());
    let coverage = cache.get(calendar);
    if (!coverage) {
        coverage = calendarCoverage(calendar);
        cache.set(calendar, coverage);
    }
    return coverage;
}

/** "Always (24x7, UTC)", "BusinessHours (mon..fri 08:00-18:00, Europe/London, except UKBankHolidays)". */
export function describeCalendar(coverage: CalendarCoverage): string {
    const zone = coverage.zoneDeclared ? coverage.zone : 'UTC, no timezone given';
    const lists = coverage.calendar.holidays.map(h => h.$refText);
    const except = lists.length > 0 ? `, except ${lists.join(', ')}` : '';
    return `${coverage.calendar.name} (${coverage.hoursText}, ${zone}${except})`;
}

// ---------------------------------------------------------------- coverage

export interface HolidayGap {
    /** ISO date the provider excepts and the needed calendar does not. */
    date: string;
    /** The provider's holiday lists naming it. */
    lists: string[];
    /** Needed minutes that day the provider would otherwise have covered. */
    minutes: number;
}

export interface CoverageGap {
    /** Needed minutes of the week (UTC) the provider does not cover, normalised. */
    uncovered: Interval[];
    uncoveredMinutes: number;
    neededMinutes: number;
    /** Holidays that take away needed cover, in date order. */
    holidays: HolidayGap[];
}

/**
 * What part of `needed` `provider` does not cover: weekly minutes, and
 * holidays the provider excepts that `needed` does not. Undefined when either
 * zone is unknown (the comparison would be a guess) or when nothing is missing.
 */
export function coverageGap(needed: CalendarCoverage, provider: CalendarCoverage): CoverageGap | undefined {
    if (!needed.utc || !provider.utc) return undefined;
    const uncovered = subtract(needed.utc, provider.utc);
    const holidays: HolidayGap[] = [];
    for (const [date, lists] of provider.holidays) {
        if (needed.holidays.has(date)) continue;
        const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
        // The provider's local day of the holiday, in UTC minutes of the reference week.
        const day = shiftWeek([[weekday * DAY_MINUTES, (weekday + 1) * DAY_MINUTES]], -(provider.offsetMinutes ?? 0));
        const lost = intersect(intersect(provider.utc, day), needed.utc);
        const minutes = totalMinutes(lost);
        if (minutes > 0) holidays.push({ date, lists, minutes });
    }
    holidays.sort((a, b) => a.date.localeCompare(b.date));
    const uncoveredMinutes = totalMinutes(uncovered);
    if (uncoveredMinutes === 0 && holidays.length === 0) return undefined;
    return { uncovered, uncoveredMinutes, neededMinutes: needed.weeklyMinutes, holidays };
}

/** Whether `provider` covers every hour of `needed` (unknown zones count as covering). */
export function covers(provider: CalendarCoverage, needed: CalendarCoverage): boolean {
    return coverageGap(needed, provider) === undefined;
}

/** Hours with at most two decimals: `118`, `117.5`. */
export function formatHours(minutes: number): string {
    return String(Math.round((minutes / 60) * 100) / 100);
}

/** Uncovered windows as read in the needed calendar's zone: `mon 18:00-tue 08:00`. */
export function describeWindows(gap: CoverageGap, needed: CalendarCoverage): string[] {
    const local = shiftWeek(gap.uncovered, needed.offsetMinutes ?? 0);
    if (local.length === 0) return [];
    if (totalMinutes(local) === WEEK_MINUTES) return ['the whole week'];
    // A window over the end of the week (sun into mon) is one window.
    const windows = local.map(([s, e]) => [s, e] as [number, number]);
    if (windows.length > 1 && windows[0][0] === 0 && windows[windows.length - 1][1] === WEEK_MINUTES) {
        windows[windows.length - 1][1] = WEEK_MINUTES + windows[0][1];
        windows.shift();
    }
    return windows.map(([s, e]) => formatWindow(s, e));
}

function formatWindow(start: number, end: number): string {
    const startDay = Math.floor(start / DAY_MINUTES);
    const at = (minute: number) => `${WEEKDAYS[Math.floor(minute / DAY_MINUTES) % 7]} ${formatMinutes(minute % DAY_MINUTES)}`;
    const sameDay = end <= (startDay + 1) * DAY_MINUTES;
    if (sameDay) return `${at(start)}-${formatMinutes(end - startDay * DAY_MINUTES)}`;
    return `${at(start)}-${at(end)}`;
}

/**
 * The facts of a gap for a message: "118 of 168 hours a week are not covered
 * (mon 18:00-tue 08:00, … UTC)" and the holidays.
 */
export function describeGap(gap: CoverageGap, needed: CalendarCoverage, neededName: string, providerName: string): string {
    const parts: string[] = [];
    if (gap.uncoveredMinutes > 0) {
        const windows = describeWindows(gap, needed);
        const shown = windows.slice(0, 3).join(', ') + (windows.length > 3 ? ` and ${windows.length - 3} more` : '');
        parts.push(`${formatHours(gap.uncoveredMinutes)} of ${formatHours(gap.neededMinutes)} hours a week are not covered ` +
            `(${shown}, ${needed.zone})`);
    }
    if (gap.holidays.length > 0) {
        const dates = gap.holidays.slice(0, 5).map(h => h.date).join(', ') + (gap.holidays.length > 5 ? ', …' : '');
        const lists = [...new Set(gap.holidays.flatMap(h => h.lists))].join(', ');
        const count = gap.holidays.length === 1 ? '1 holiday' : `${gap.holidays.length} holidays`;
        parts.push(`${parts.length > 0 ? `${providerName} also` : providerName} stops on ${count} of ${lists} ` +
            `that ${neededName} does not except (${dates})`);
    }
    return parts.join('; ');
}
