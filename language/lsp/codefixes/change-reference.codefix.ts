/**
 * unresolved-reference: "Change to 'Messaging'" for the linker's closest
 * name, and for a name that several wildcard imports bring in, "Use
 * 'acme.it.Ops'" for each definition it could mean.
 */
import type { UnresolvedReferenceData } from '../../references/linker.js';
import { defineCodeFix, quickFix } from './codefix.js';
import { replace } from './text-edits.js';

export const changeReference = defineCodeFix({
    id: 'change-reference',
    codes: ['unresolved-reference'],
    fixes: context => {
        const data = context.data as Partial<UnresolvedReferenceData>;
        const range = context.diagnostic.range;
        if (data.candidates && data.candidates.length > 0) {
            return data.candidates.map(candidate => quickFix(context, `Use '${candidate}'`, [replace(range, candidate)]));
        }
        if (!data.suggestion || data.suggestion === data.refText) return [];
        return [quickFix(context, `Change to '${data.suggestion}'`, [replace(range, data.suggestion)], true)];
    },
});
