/**
 * Gives the parser's and linker's findings the catalogue's codes
 * (`syntax-error`, `unresolved-reference`) and a link to their docs page, so
 * every diagnostic the language reports carries a rule code.
 */
import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { ruleDocsUrl } from '../docs-links.js';

const BUILT_IN_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: 'syntax-error',
    [DocumentValidator.ParsingError]: 'syntax-error',
    [DocumentValidator.LinkingError]: 'unresolved-reference',
};

export class ItsmDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const linkingData = new Map<string, Record<string, unknown>>();
        for (const reference of document.references) {
            const error = reference.error as { data?: Record<string, unknown> } | undefined;
            const range = reference.$refNode?.range;
            if (error?.data && range) linkingData.set(rangeKey(range), error.data);
        }
        for (const diagnostic of diagnostics) {
            const builtIn = BUILT_IN_CODES[(diagnostic.data as { code?: string } | undefined)?.code ?? ''];
            if (!builtIn) continue;
            diagnostic.code = builtIn;
            diagnostic.codeDescription = { href: ruleDocsUrl(builtIn) };
            const extra = builtIn === 'unresolved-reference' ? linkingData.get(rangeKey(diagnostic.range)) : undefined;
            diagnostic.data = { ...(diagnostic.data as object), ...extra, code: builtIn, builtInCode: (diagnostic.data as { code: string }).code };
        }
        for (const diagnostic of diagnostics) diagnostic.source = 'itsm';
        return diagnostics;
    }
}

function rangeKey(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
