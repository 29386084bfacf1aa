import { defineRule } from '../../rule.js';

/** Reported while suppressions are applied; see validation/suppressions.ts. */
export const unusedSuppression = defineRule({
    code: 'unused-suppression',
    severity: 'warning',
    category: 'structure',
    description: 'A suppression comment that suppresses nothing, names an unknown rule, or names a rule that cannot be suppressed.',
    suppressible: false,
});
