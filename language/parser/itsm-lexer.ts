/**
 * A lexer that skips a run of characters no token can start in one step.
 *
 * Chevrotain's error recovery drops an unexpected character, tries every
 * token type at the next offset, drops again …: 1 MB of `@#$` took ~9 s. The
 * token builder adds one last token type, UNEXPECTED, that matches a whole
 * run of such characters; the lexer takes those tokens out of the stream again
 * and reports each run as the lexer error Chevrotain would have reported (same
 * offset, length, line, column and message), so the parser never sees them.
 */
import {
    DefaultLexer, DefaultTokenBuilder, RegExpUtils, isTokenTypeArray,
    type Grammar, type LangiumCoreServices, type LexerResult, type TokenBuilderOptions, type TokenizeOptions,
} from 'langium';
import type { ILexerErrorMessageProvider, ILexingError, IToken, TokenType, TokenVocabulary } from 'chevrotain';

export const UNEXPECTED_TOKEN = 'UNEXPECTED';

export class ItsmTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options);
        if (!isTokenTypeArray(tokens)) return tokens;
        const starts = startCharacters(tokens);
        // Chevrotain cannot analyse a negated class, and one pattern it cannot analyse turns off its
        // first-character optimisation for every token (lexing ~15x slower): the start characters are given.
        const startsToken = new RegExp(`[${starts}]`);
        const hint: number[] = [];
        for (let code = 0; code <= 0xffff; code++) if (!startsToken.test(String.fromCharCode(code))) hint.push(code);
        return [...tokens, { name: UNEXPECTED_TOKEN, PATTERN: new RegExp(`[^${starts}]+`), START_CHARS_HINT: hint, LINE_BREAKS: false }];
    }
}

/**
 * A character class (without brackets) of every character some token can start with: white space, word
 * characters, and each other ASCII character that is a prefix of a keyword or of a terminal's match. The
 * terminals and keywords start with ASCII or white space only; a terminal starting with another character
 * would have to be added here.
 */
function startCharacters(tokens: TokenType[]): string {
    let found = '\\s\\w';
    for (let code = 33; code < 127; code++) {
        const character = String.fromCharCode(code);
        if (/\w/.test(character)) continue;
        const starts = tokens.some(token => {
            const pattern = token.PATTERN;
            if (typeof pattern === 'string') return pattern.startsWith(character);
            if (pattern instanceof RegExp) return RegExpUtils.partialMatches(pattern, character);
            return true; // a custom matcher: assume it may start here
        });
        if (starts) found += `\\x${code.toString(16).padStart(2, '0')}`;
    }
    return found;
}

export class ItsmLexer extends DefaultLexer {
    private readonly messages: ILexerErrorMessageProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.messages = services.parser.LexerErrorMessageProvider;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        if (!result.tokens.some(isUnexpected)) return result;
        const tokens: IToken[] = [];
        const errors: ILexingError[] = [...result.errors];
        for (const token of result.tokens) {
            if (!isUnexpected(token)) {
                tokens.push(token);
                continue;
            }
            const length = token.image.length;
            errors.push({
                offset: token.startOffset,
                length,
                line: token.startLine,
                column: token.startColumn,
                message: this.messages.buildUnexpectedCharactersMessage(text, token.startOffset, length, token.startLine, token.startColumn),
            });
        }
        errors.sort((a, b) => a.offset - b.offset);
        // Touching errors are one, as Chevrotain reports a skipped run (`"$` is one error, not two).
        const merged: ILexingError[] = [];
        for (const error of errors) {
            const last = merged[merged.length - 1];
            if (last && last.offset + last.length === error.offset) {
                last.length += error.length;
                last.message = this.messages.buildUnexpectedCharactersMessage(text, last.offset, last.length, last.line, last.column);
            } else {
                merged.push({ ...error });
            }
        }
        return { ...result, tokens, errors: merged };
    }
}

function isUnexpected(token: IToken): boolean {
    return token.tokenType.name === UNEXPECTED_TOKEN;
}
