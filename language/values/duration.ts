/** Durations such as `15m`, `4h`, `2.5d`, `1w`: the units SLA targets use. */

export const DURATION_UNITS = {
    m: 60,
    h: 3600,
    d: 86_400,
    w: 604_800,
} as const;

export type DurationUnit = keyof typeof DURATION_UNITS;

export type ParsedDuration =
    | { ok: true; amount: number; unit: DurationUnit; seconds: number }
    | { ok: false; reason: string };

export function parseDuration(text: string): ParsedDuration {
    const match = /^(\d+(?:\.\d+)?)([a-zA-Z]+)$/.exec(text);
    if (!match) {
        return { ok: false, reason: `'${text}' is not a duration; write a number and a unit, e.g. 15m, 4h, 3d or 1w` };
    }
    const amount = Number(match[1]);
    const unit = match[2];
    if (!(unit in DURATION_UNITS)) {
        return { ok: false, reason: `unknown duration unit '${unit}' in '${text}'; use m (minutes), h (hours), d (days) or w (weeks)` };
    }
    if (amount <= 0) {
        return { ok: false, reason: `duration '${text}' must be longer than zero` };
    }
    const seconds = Math.round(amount * DURATION_UNITS[unit as DurationUnit]);
    return { ok: true, amount, unit: unit as DurationUnit, seconds };
}

/** Formats seconds in the largest unit that divides them evenly: 14400 -> "4h". */
export function formatSeconds(seconds: number): string {
    for (const unit of ['w', 'd', 'h', 'm'] as const) {
        const size = DURATION_UNITS[unit];
        if (seconds >= size && seconds % size === 0) {
            return `${seconds / size}${unit}`;
        }
    }
    return seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;
}
