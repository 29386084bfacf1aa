/** Times of day `HH:MM`, 00:00 to 24:00 (24:00 closes a range at midnight). */

export type ParsedTime = { ok: true; minutes: number } | { ok: false; reason: string };

export function parseTimeOfDay(text: string): ParsedTime {
    const match = /^(\d{1,2}):(\d{1,2})$/.exec(text);
    if (!match || match[2].length !== 2) {
        return { ok: false, reason: `'${text}' is not a time of day; write HH:MM, e.g. 08:00` };
    }
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (minutes > 59) {
        return { ok: false, reason: `time '${text}' has ${minutes} minutes; minutes go from 00 to 59` };
    }
    if (hours > 24 || (hours === 24 && minutes > 0)) {
        return { ok: false, reason: `time '${text}' is outside 00:00-24:00` };
    }
    return { ok: true, minutes: hours * 60 + minutes };
}

export function formatMinutes(minutes: number): string {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
