/**
 * ola-weaker-than-sla and sla-priority-order: "Tighten to 15m" replaces the
 * looser duration with the strictest value it must not exceed (the rule's
 * `suggested`: the SLA's target, or the less urgent priority's).
 */
import { defineCodeFix, quickFix, stringData } from './codefix.js';
import { replace } from './text-edits.js';

export const tightenTarget = defineCodeFix({
    id: 'tighten-target',
    codes: ['ola-weaker-than-sla', 'sla-priority-order'],
    fixes: context => {
        const suggested = stringData(context, 'suggested');
        if (!suggested) return [];
        return [quickFix(context, `Tighten to ${suggested}`, [replace(context.diagnostic.range, suggested)], true)];
    },
});
