/** import-unresolved: "Change to 'acme.shared.*'", the closest package or definition the rule found. */
import { defineCodeFix, quickFix, stringData } from './codefix.js';
import { replace } from './text-edits.js';

export const importSuggestion = defineCodeFix({
    id: 'import-suggestion',
    codes: ['import-unresolved'],
    fixes: context => {
        const suggestion = stringData(context, 'suggestion');
        if (!suggestion || suggestion === context.data.target) return [];
        return [quickFix(context, `Change to '${suggestion}'`, [replace(context.diagnostic.range, suggestion)], true)];
    },
});
