/**
 * Parser and lexer messages in the words of the language: what was expected,
 * what was found (a keyword, a name, "end of file"), at the offending token,
 * under the code `syntax-error` and never with chevrotain's token-type names.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { build, messageOf, positionAt, rangeOf } from './helpers.js';

/** The syntax errors of one text (as `main.itsm`). */
async function syntaxErrors(text: string): Promise<Diagnostic[]> {
    const ws = await build(text);
    return ws.all().filter(d => d.code === 'syntax-error');
}

/** The range of the end of the text (where "end of file" is reported: right after the last token). */
function endOfText(text: string) {
    const end = positionAt(text, text.trimEnd().length);
    return { start: end, end };
}

/** Chevrotain's names for tokens and rules, which a reader should never see. */
const INTERNAL_WORDS = /\b(ID|STRING|NUMBER|PERCENT|DURATION|EOF)\b|:KW|\u200B|->.<-|offset/;

describe('syntax errors', () => {
    it('lists the statuses and says "end of file" when a service ends after `status`', async () => {
        const text = 'service Z { status';
        const [error, ...others] = await syntaxErrors(text);
        expect(others).toEqual([]);
        const message = messageOf(error);
        for (const word of ['pipeline', 'live', 'retired', 'end of file']) expect(message).toContain(word);
        expect(message).toBe("Unexpected end of file: expected 'pipeline', 'live' or 'retired'.");
        expect(error.range).toEqual(endOfText(text));
        expect(error.severity).toBe(1);
        expect(error.source).toBe('itsm');
        expect(error.data).toMatchObject({ code: 'syntax-error' });
    });

    it('says a definition was expected at a stray `}` at top level', async () => {
        const text = 'team Ops {\n  lead "Jane"\n}\n}\n';
        const [error, ...others] = await syntaxErrors(text);
        expect(others).toEqual([]);
        expect(messageOf(error)).toContain("Unexpected '}': expected a definition");
        expect(messageOf(error)).toContain('service');
        expect(error.range).toEqual(rangeOf(text, '}', 2));
    });

    it('names the keywords allowed where a misspelt one is found', async () => {
        const text = 'service Email {\n  kind bizness\n}\n';
        const [error] = await syntaxErrors(text);
        expect(messageOf(error)).toBe("Unexpected 'bizness': expected 'business' or 'technical'.");
        expect(error.range).toEqual(rangeOf(text, 'bizness'));
    });

    it('reports a missing `}` at the next definition\'s keyword', async () => {
        const text = 'team A {\n  lead "Jane"\nteam B\n';
        const [error] = await syntaxErrors(text);
        expect(messageOf(error)).toBe("Expected '}' but found 'team'.");
        expect(error.range).toEqual(rangeOf(text, 'team', 2));
    });

    it('reports a missing `}` at the end of the file as "end of file"', async () => {
        const text = 'team A {\n  lead "Jane"\n';
        const [error] = await syntaxErrors(text);
        expect(messageOf(error)).toBe("Expected '}' but found end of file.");
        expect(error.range).toEqual(endOfText(text));
    });

    it('describes terminals in words: a name, a quoted string, a percentage', async () => {
        const missingName = 'service {\n}\n';
        const missingString = 'team Ops {\n  lead\n}\n';
        const bareNumber = 'service Email {\n  availability 99.95\n}\n';
        const [name] = await syntaxErrors(missingName);
        const [string] = await syntaxErrors(missingString);
        const [percent] = await syntaxErrors(bareNumber);
        expect([messageOf(name), name.range]).toEqual(["Expected a name but found '{'.", rangeOf(missingName, '{')]);
        expect([messageOf(string), string.range]).toEqual(["Expected a quoted string but found '}'.", rangeOf(missingString, '}')]);
        expect([messageOf(percent), percent.range]).toEqual(["Expected a percentage such as 99.9% but found '99.95'.", rangeOf(bareNumber, '99.95')]);
    });

    it('says a name was expected when a keyword is used as a definition name (keywords are reserved there)', async () => {
        const text = 'team vendor {}\n';
        const [error] = await syntaxErrors(text);
        expect(messageOf(error)).toBe("Expected a name but found 'vendor'.");
        expect(error.range).toEqual(rangeOf(text, 'vendor'));
    });

    it('never shows chevrotain\'s token names in parser messages', async () => {
        const texts = [
            'service Z { status', 'team A\n}\n', 'service {', 'ci x Server\n', 'priority matrix M { urgency high }\n',
            'sla S { availability 99% per fortnight }\n', 'calendar C { mon 08:00 }\n', 'service S { depends on any of (A B) }\n',
        ];
        for (const text of texts) {
            const errors = await syntaxErrors(text);
            expect(errors.length, text).toBeGreaterThan(0);
            for (const error of errors) expect(messageOf(error), text).not.toMatch(INTERNAL_WORDS);
        }
    });

    it('reads as English when at least one item is required (an urgency level)', async () => {
        const text = 'priority matrix M {\n  priorities P1\n  urgency\n  impact high -> P1\n}\n';
        const [error] = await syntaxErrors(text);
        expect(error.range).toEqual(rangeOf(text, 'impact'));
        // Not "Expected at least one a name": a described terminal already carries its article.
        expect(messageOf(error)).not.toContain('one a ');
        expect(messageOf(error)).toMatch(/^Expected .*\bname\b.* but found 'impact'\.$/);
    });

    it('says a definition was expected at a misspelt keyword at top level', async () => {
        const text = 'team A\nservce Email {\n}\n';
        const [error] = await syntaxErrors(text);
        expect(error.range).toEqual(rangeOf(text, 'servce'));
        expect(messageOf(error)).toContain("Unexpected 'servce': expected a definition");
        expect(messageOf(error)).not.toContain('end of file');
    });
});

describe('lexer errors', () => {
    it('are reported as syntax errors at the character that cannot be read', async () => {
        const text = 'team Ops {\n  lead "Jane" @\n}\n';
        const [error, ...others] = await syntaxErrors(text);
        expect(others).toEqual([]);
        expect(error.range.start).toEqual(rangeOf(text, '@').start);
        expect(error.data).toMatchObject({ code: 'syntax-error' });
    });

    it('describe the unreadable character in the words of the language', async () => {
        const text = 'team Ops {\n  lead "Jane" @\n}\n';
        const [error] = await syntaxErrors(text);
        expect(messageOf(error)).not.toMatch(INTERNAL_WORDS);
        expect(messageOf(error)).toContain("Unexpected character '@'");
    });

    it('say how to close a string left open, at its opening quote', async () => {
        const text = 'team Ops {\n  lead "Jane\n}\n';
        const [error] = await syntaxErrors(text);
        expect(error.range.start).toEqual(rangeOf(text, '"').start);
        expect(messageOf(error)).toContain('Unterminated string');
    });
});
