/**
 * Parser and lexer messages in the words of the language: "Expected '}' but
 * found end of file" rather than chevrotain's token-type names.
 */
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name',
    STRING: 'a quoted string',
    NUMBER: 'a number',
    PERCENT: 'a percentage such as 99.9%',
    DURATION: 'a duration such as 15m or 4h',
    TIME: 'a time such as 08:00',
    DATE: 'a date such as 2026-12-25',
    IPV4: 'an IPv4 address',
    IPV6: 'an IPv6 address',
    EOF: 'end of file',
};

export function describeTokenType(type: TokenType): string {
    // Langium names keyword tokens after the keyword itself; terminals have the names above.
    return TERMINAL_WORDS[type.name] ?? `'${type.name.replace(/:KW$/, '')}'`;
}

export function describeToken(token: IToken): string {
    if (!token.image || token.tokenType?.name === 'EOF') return 'end of file';
    const image = token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image;
    return `'${image}'`;
}

function listAlternatives(words: string[]): string {
    const unique = [...new Set(words)];
    if (unique.length === 1) return unique[0];
    if (unique.length > 12) return `${unique.slice(0, 10).join(', ')} or another of ${unique.length - 10} more`;
    return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

const DEFINITION_WORDS = 'calendar, holidays, team, authority, priority matrix, ci class, ci, service, sla, ola, uc or change workflow';

export class ItsmParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken }): string {
        if (expected.name === 'EOF') return `Unexpected ${describeToken(actual)}: expected a definition (${DEFINITION_WORDS}).`;
        return `Expected ${describeTokenType(expected)} but found ${describeToken(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return `Unexpected ${describeToken(firstRedundant)}: expected a definition (${DEFINITION_WORDS}).`;
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const firsts = options.expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])).filter(Boolean);
        return `Unexpected ${describeToken(options.actual[0])}: expected ${listAlternatives(firsts.map(describeTokenType))}.`;
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return `Expected ${listAlternatives(firsts.map(describeTokenType))} but found ${describeToken(options.actual[0])}.`;
    }
}

/** Lexer messages: "Unexpected character '>'" and a clear one for a string left open. */
export class ItsmLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number, line?: number, column?: number): string {
        const character = fullText.charAt(startOffset);
        if (character === '"') return 'Unterminated string: add the closing " on the same line.';
        const shown = /\s/.test(character) || character.charCodeAt(0) < 32 ? `U+${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `'${character}'`;
        void fullText; void length; void line; void column;
        return `Unexpected character ${shown}: it is not part of any word, number, name or symbol of the language.`;
    }
}
