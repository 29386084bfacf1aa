/** Parses as Langium does, then gives every typed literal its value (see values/enrich.ts). */
import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { enrichValues } from '../values/enrich.js';

export class ItsmDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(uri, text, options);
        enrichValues(result.value);
        return result;
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const result = await super.parseAsync<T>(uri, text, cancellationToken);
        enrichValues(result.value);
        return result;
    }
}
