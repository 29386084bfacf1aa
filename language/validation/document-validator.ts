/**
 * Gives the parser's and linker's findings the catalogue's codes
 * (`syntax-error`, `unresolved-reference`) and a link to their docs page, so
 * every diagnostic the language reports carries a rule code. An attribute
 * name the CI's class does not declare is `ci-unknown-attribute` instead.
 */
import { DefaultDocumentValidator, DocumentValidator, type AstNode, type LangiumDocument, type LinkingError, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { ruleDocsUrl } from '../docs-links.js';
import { isAttributeValue, type AttributeValue } from '../generated/ast.js';
import { unknownAttribute } from './rules/cmdb/ci-unknown-attribute.rule.js';

const BUILT_IN_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: 'syntax-error',
    [DocumentValidator.ParsingError]: 'syntax-error',
    [DocumentValidator.LinkingError]: 'unresolved-reference',
};

export class ItsmDocumentValidator extends DefaultDocumentValidator {
    private readonly astDiagnostics = new WeakMap<AstNode, Diagnostic[]>();

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        // Langium appends these with push(...found): past ~100k findings that overflows the stack and the
        // document silently loses every finding. They are handed over in validateDocument instead.
        this.astDiagnostics.set(rootNode, await super.validateAst(rootNode, options, cancelToken));
        return [];
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const fromAst = this.astDiagnostics.get(document.parseResult.value);
        this.astDiagnostics.delete(document.parseResult.value);
        for (const diagnostic of fromAst ?? []) diagnostics.push(diagnostic);
        const linkingData = new Map<string, Record<string, unknown>>();
        const attributeValues = new Map<string, AttributeValue>();
        for (const reference of document.references) {
            const error = reference.error as ({ data?: Record<string, unknown> } & LinkingError) | undefined;
            const range = reference.$refNode?.range;
            if (error?.data && range) linkingData.set(rangeKey(range), error.data);
            if (error && range && isAttributeValue(error.info.container) && error.info.property === 'attribute') {
                attributeValues.set(rangeKey(range), error.info.container);
            }
        }
        const dropped = new Set<Diagnostic>();
        for (const diagnostic of diagnostics) {
            const builtIn = BUILT_IN_CODES[(diagnostic.data as { code?: string } | undefined)?.code ?? ''];
            if (!builtIn) continue;
            const key = rangeKey(diagnostic.range);
            const extra = builtIn === 'unresolved-reference' ? linkingData.get(key) : undefined;
            const attributeValue = builtIn === 'unresolved-reference' ? attributeValues.get(key) : undefined;
            if (!attributeValue) {
                relabel(diagnostic, builtIn, extra);
                continue;
            }
            const finding = unknownAttribute(attributeValue, extra?.suggestion as string | undefined);
            // Without a known class the attributes cannot be checked; the class reference is reported.
            if (finding) relabel(diagnostic, 'ci-unknown-attribute', { ...extra, ...finding.data }, finding.message);
            else dropped.add(diagnostic);
        }
        for (const diagnostic of diagnostics) diagnostic.source = 'itsm';
        return dropped.size > 0 ? diagnostics.filter(d => !dropped.has(d)) : diagnostics;
    }
}

function relabel(diagnostic: Diagnostic, code: string, extra?: Record<string, unknown>, message?: string): void {
    diagnostic.code = code;
    diagnostic.codeDescription = { href: ruleDocsUrl(code) };
    if (message) diagnostic.message = message;
    diagnostic.data = { ...(diagnostic.data as object), ...extra, code, builtInCode: (diagnostic.data as { code: string }).code };
}

function rangeKey(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
