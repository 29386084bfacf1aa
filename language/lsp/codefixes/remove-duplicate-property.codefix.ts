/**
 * duplicate-property: "Remove the repeated 'owner' line" deletes the second
 * value with its keyword (`owner Ops`, `availability 99.9% per month`), and
 * its line when nothing else is on it.
 */
import type { Range } from 'vscode-languageserver-types';
import { defineCodeFix, quickFix, stringData } from './codefix.js';
import { nextLeaf, previousLeaf, removeSpan } from './text-edits.js';

/** Properties written with another keyword than their name. */
const KEYWORDS: Record<string, string> = { always: '24x7', matrix: 'priorities' };

export const removeDuplicateProperty = defineCodeFix({
    id: 'remove-duplicate-property',
    codes: ['duplicate-property'],
    fixes: context => {
        const property = stringData(context, 'property');
        if (!property) return [];
        const { document, diagnostic } = context;
        const keyword = KEYWORDS[property] ?? property;
        let range: Range = diagnostic.range;
        const start = document.textDocument.offsetAt(range.start);
        const previous = previousLeaf(document, start);
        if (document.textDocument.getText(range) !== keyword && previous?.text === keyword) {
            range = { start: previous.range.start, end: range.end };
        }
        // `availability 99.9% per month`: the period goes with the value.
        const next = property === 'availability' ? nextLeaf(document, document.textDocument.offsetAt(range.end)) : undefined;
        if (next?.text === 'per') {
            const period = nextLeaf(document, next.end);
            if (period) range = { start: range.start, end: period.range.end };
        }
        const what = document.textDocument.getText(range).includes('\n') ? `'${keyword}'` : `'${document.textDocument.getText(range)}'`;
        return [quickFix(context, `Remove the repeated ${what}`, [removeSpan(document, range)], true)];
    },
});
