import { defineRule } from '../../rule.js';

/** Reported by the linker (`references/linker.ts`), with the closest name as a suggestion. */
export const unresolvedReference = defineRule({
    code: 'unresolved-reference',
    severity: 'error',
    category: 'structure',
    description: 'A name that no definition in the workspace carries; the message suggests the closest existing name.',
    suppressible: false,
});
