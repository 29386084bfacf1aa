/** calendar-unknown-timezone: "Change to \"Europe/London\"", the closest IANA name the rule found. */
import { defineCodeFix, quickFix, stringData } from './codefix.js';
import { replace } from './text-edits.js';

export const timezoneSuggestion = defineCodeFix({
    id: 'timezone',
    codes: ['calendar-unknown-timezone'],
    fixes: context => {
        const suggested = stringData(context, 'suggested');
        if (!suggested) return [];
        // The diagnostic covers the string literal, quotes included.
        return [quickFix(context, `Change to "${suggested}"`, [replace(context.diagnostic.range, JSON.stringify(suggested))], true)];
    },
});
