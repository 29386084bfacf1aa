/**
 * Every rule that can be suppressed: "Disable <code> for this line" puts
 * `// itsm-disable-next-line <code> -- reason` above the finding's line, with
 * its indentation (`reason` is the placeholder to replace); when the line
 * above is already such a comment, the code is added to it.
 */
import { defineCodeFix, quickFix } from './codefix.js';
import { indentOf, insertAt, lineText, replace } from './text-edits.js';

const NEXT_LINE = /^(\s*\/\/\s*itsm-disable-next-line\b)([^\n]*)$/;

export const disableLine = defineCodeFix({
    id: 'disable-line',
    codes: 'suppressible',
    fixes: context => {
        const { document, code } = context;
        const line = context.diagnostic.range.start.line;
        const title = `Disable ${code} for this line`;
        const above = line > 0 ? NEXT_LINE.exec(lineText(document, line - 1)) : null;
        if (above) {
            const [body, reason] = splitReason(above[2]);
            const codes: string[] = body.match(/[a-z0-9][a-z0-9-]*/g) ?? [];
            if (codes.includes(code)) return [];
            // A comment without codes already covers every rule.
            if (codes.length > 0) {
                const text = `${above[1]} ${[...codes, code].join(', ')}${reason}`;
                return [quickFix(context, title, [replace({ start: { line: line - 1, character: 0 }, end: { line: line - 1, character: lineText(document, line - 1).length } }, text)])];
            }
        }
        return [quickFix(context, title, [insertAt({ line, character: 0 }, `${indentOf(document, line)}// itsm-disable-next-line ${code} -- reason\n`)])];
    },
});

/** ` a, b -- why` → [` a, b`, ` -- why`]. */
function splitReason(rest: string): [string, string] {
    const at = rest.indexOf('--');
    return at < 0 ? [rest, ''] : [rest.slice(0, at), ' ' + rest.slice(at).trim()];
}
