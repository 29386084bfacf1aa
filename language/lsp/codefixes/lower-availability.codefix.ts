/**
 * sla-availability-exceeds-dependencies: "Lower to 99.94%", the largest
 * figure with the promise's decimals that the dependencies allow (the rule's
 * `suggested`).
 */
import { defineCodeFix, quickFix, stringData } from './codefix.js';
import { replace } from './text-edits.js';

export const lowerAvailability = defineCodeFix({
    id: 'lower-availability',
    codes: ['sla-availability-exceeds-dependencies'],
    fixes: context => {
        const suggested = stringData(context, 'suggested');
        if (!suggested) return [];
        return [quickFix(context, `Lower to ${suggested}`, [replace(context.diagnostic.range, suggested)], true)];
    },
});
