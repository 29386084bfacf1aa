/**
 * Langium's parser with hidden tokens (comments) handed out in linear time.
 *
 * Before each token it consumes, Langium takes the comments in front of it
 * with `hidden.splice(0, i)`, which moves every remaining comment: quadratic in
 * the number of comments (50k comments: seconds of parsing). Here a cursor
 * moves over the list instead, and the comments handed out are removed once,
 * when the parse is done — so Langium's own last step, which adds the
 * comments left over at the end of the file, sees exactly those. The CST
 * builder places each comment in constant time (`cst-node-builder.ts`).
 */
import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';
import { ItsmCstNodeBuilder } from './cst-node-builder.js';

/** The members of Langium's `LangiumParser` (4.x) replaced here. */
interface ParserInternals {
    nodeBuilder: unknown;
    lexerResult?: { hidden: IToken[] };
    extractHiddenTokens(token: IToken): IToken[];
    doParse(rule: unknown): unknown;
}

export function createItsmParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const internals = parser as unknown as ParserInternals;
    if (typeof internals.extractHiddenTokens !== 'function' || typeof internals.doParse !== 'function') return parser;
    if (internals.nodeBuilder) internals.nodeBuilder = new ItsmCstNodeBuilder();
    let taken = 0;
    const doParse = internals.doParse.bind(parser);
    internals.doParse = rule => {
        taken = 0;
        try {
            return doParse(rule);
        } finally {
            internals.lexerResult?.hidden.splice(0, taken);
            taken = 0;
        }
    };
    internals.extractHiddenTokens = token => {
        const hidden = internals.lexerResult?.hidden ?? [];
        let end = taken;
        while (end < hidden.length && hidden[end].startOffset <= token.startOffset) end++;
        const found = hidden.slice(taken, end);
        taken = end;
        return found;
    };
    return parser;
}
