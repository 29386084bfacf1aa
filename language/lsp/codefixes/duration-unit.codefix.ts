/**
 * invalid-value on a duration with an unknown unit: "Change to 15m" when the
 * unit plainly means one (`15min`, `4 hrs` → `4h`, `2D` → `2d`), else one
 * action per unit (m, h, d, w), none preferred.
 */
import { isDuration } from '../../generated/ast.js';
import { DURATION_UNITS } from '../../values/duration.js';
import { defineCodeFix, enclosing, quickFix } from './codefix.js';
import { replace } from './text-edits.js';

const UNIT_WORDS: Record<string, string> = {
    min: 'm', mins: 'm', minute: 'm', minutes: 'm', mn: 'm', M: 'm',
    hr: 'h', hrs: 'h', hour: 'h', hours: 'h', H: 'h',
    day: 'd', days: 'd', D: 'd',
    wk: 'w', wks: 'w', week: 'w', weeks: 'w', W: 'w',
};

const UNIT_NAMES: Record<string, string> = { m: 'minutes', h: 'hours', d: 'days', w: 'weeks' };

export const durationUnit = defineCodeFix({
    id: 'duration-unit',
    codes: ['invalid-value'],
    fixes: context => {
        if (!enclosing(context, isDuration)) return [];
        const range = context.diagnostic.range;
        const match = /^(\d+(?:\.\d+)?)([a-zA-Z]+)$/.exec(context.document.textDocument.getText(range));
        if (!match || Number(match[1]) <= 0 || match[2] in DURATION_UNITS) return [];
        const [, amount, unit] = match;
        const meant = UNIT_WORDS[unit] ?? UNIT_WORDS[unit.toLowerCase()];
        if (meant) return [quickFix(context, `Change to ${amount}${meant}`, [replace(range, `${amount}${meant}`)], true)];
        return Object.keys(DURATION_UNITS).map(u => quickFix(context, `Change to ${amount}${u} (${UNIT_NAMES[u]})`, [replace(range, `${amount}${u}`)]));
    },
});
