/** Calendar dates `YYYY-MM-DD` (holiday lists, date attributes). */

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: string };

export function parseDate(text: string): ParsedDate {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (!match) {
        return { ok: false, reason: `'${text}' is not a date; write YYYY-MM-DD, e.g. 2026-12-25` };
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[2].length !== 2 || match[3].length !== 2) {
        return { ok: false, reason: `'${text}' is not a date; write two-digit months and days, e.g. 2026-01-05` };
    }
    if (month < 1 || month > 12) {
        return { ok: false, reason: `date '${text}' has month ${month}; months go from 01 to 12` };
    }
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) {
        return { ok: false, reason: `date '${text}' does not exist: month ${match[2]} of ${year} has ${daysInMonth} days` };
    }
    return { ok: true, iso: text };
}
