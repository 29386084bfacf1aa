/**
 * unused-suppression: "Remove 'rule-x' from the suppression" when the
 * comment names other codes too, else "Remove the suppression comment"
 * (with its line when the comment stands alone).
 */
import { CstUtils, isLeafCstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { defineCodeFix, quickFix } from './codefix.js';
import { removeSpan, replace } from './text-edits.js';

/** The `//` comment containing a range. */
function commentAt(document: LangiumDocument, range: Range): CstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(range.start);
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node) && node.hidden && node.text.startsWith('//') && node.offset <= offset && offset < node.end) return node;
    }
    return undefined;
}

/** The codes a suppression comment names (before `--`). */
function codesOf(comment: string): string[] {
    const body = /^\/\/\s*itsm-[a-z-]+\b([^\n]*)$/.exec(comment)?.[1] ?? '';
    return body.split('--')[0].match(/[a-z0-9][a-z0-9-]*/g) ?? [];
}

export const removeSuppression = defineCodeFix({
    id: 'remove-suppression',
    codes: ['unused-suppression'],
    fixes: context => {
        const { document, diagnostic } = context;
        const comment = commentAt(document, diagnostic.range);
        if (!comment) return [];
        const code = document.textDocument.getText(diagnostic.range);
        const codes = codesOf(comment.text);
        const at = diagnostic.range.start.character - comment.range.start.character;
        if (codes.length > 1 && codes.includes(code) && diagnostic.range.start.line === comment.range.start.line) {
            const before = comment.text.slice(0, at);
            const after = comment.text.slice(at + code.length);
            const comma = /,\s*$/.exec(before);
            const text = comma
                ? before.slice(0, comma.index) + after
                : before + after.replace(/^\s*,\s*/, '');
            return [quickFix(context, `Remove '${code}' from the suppression`, [replace(comment.range, text)], true)];
        }
        return [quickFix(context, 'Remove the suppression comment', [removeSpan(document, comment.range)], true)];
    },
});
