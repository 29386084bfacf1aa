import { describe, expect, it } from 'vitest';
import { checkTimeZone, intersect, normalise, shiftWeek, subtract, utcOffsetMinutes, WEEK_MINUTES } from './calendar-coverage.js';

const DAY = 24 * 60;

describe('calendar-coverage', () => {
    it('takes each zone\'s offset on Monday 5 January 2026 (DST approximated by that one offset)', () => {
        expect(utcOffsetMinutes('Europe/London')).toBe(0);
        expect(utcOffsetMinutes('America/New_York')).toBe(-300);
        expect(utcOffsetMinutes('Australia/Sydney')).toBe(660);
        expect(utcOffsetMinutes('Asia/Kolkata')).toBe(330);
        expect(utcOffsetMinutes('Europe/London', Date.UTC(2026, 6, 1))).toBe(60);
        expect(utcOffsetMinutes('Nowhere/Atlantis')).toBeUndefined();
    });

    it('moves local ranges to UTC across the end of the week', () => {
        // Monday 00:00-02:00 in Sydney (UTC+11) is Sunday 13:00-15:00 UTC.
        expect(shiftWeek([[0, 120]], -660)).toEqual([[6 * DAY + 780, 6 * DAY + 900]]);
        // Sunday 22:00 to Monday 02:00 in New York (UTC-5) is Monday 03:00-07:00 UTC.
        expect(shiftWeek([[6 * DAY + 1320, WEEK_MINUTES], [0, 120]], 300)).toEqual([[180, 420]]);
        // Sunday 23:00-24:00 moved 30 minutes later wraps: 23:30-24:00 and Monday 00:00-00:30, split at the week boundary.
        expect(shiftWeek([[6 * DAY + 1380, WEEK_MINUTES]], 30)).toEqual([[0, 30], [WEEK_MINUTES - 30, WEEK_MINUTES]]);
    });

    it('subtracts and intersects merged intervals', () => {
        const needed = normalise([[0, 100], [200, 300]]);
        const provider = normalise([[50, 250], [250, 260]]);
        expect(provider).toEqual([[50, 260]]);
        expect(subtract(needed, provider)).toEqual([[0, 50], [260, 300]]);
        expect(intersect(needed, provider)).toEqual([[50, 100], [200, 260]]);
    });

    it('accepts IANA names and aliases the runtime knows, rejects offsets and abbreviations', () => {
        expect(checkTimeZone('Europe/London')).toEqual({ ok: true, zone: 'Europe/London' });
        expect(checkTimeZone('UTC').ok).toBe(true);
        expect(checkTimeZone('US/Eastern').ok).toBe(true);
        expect(checkTimeZone('UTC+01:00').ok).toBe(false);
        expect(checkTimeZone('CEST')).toMatchObject({ ok: false });
    });
});
