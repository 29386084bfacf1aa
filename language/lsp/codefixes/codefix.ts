/**
 * What a quick fix is: a function from one diagnostic (its `code`, its
 * `data` and the node it points at) to code actions. Each fix lives in its
 * own `<what>.codefix.ts` file and is registered once in `index.ts`; the
 * code action provider asks every fix registered for a diagnostic's code.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { ItsmServices } from '../../itsm-module.js';

export interface CodeFixContext {
    services: ItsmServices;
    document: LangiumDocument;
    diagnostic: Diagnostic;
    /** The diagnostic's rule code. */
    code: string;
    /** The facts the rule attached to its finding (`{}` when none). */
    data: Record<string, unknown>;
    /** The innermost syntax node at the start of the diagnostic's range. */
    node: AstNode | undefined;
}

export interface CodeFix {
    /** A short name for tests and logs. */
    id: string;
    /** The codes the fix handles; `suppressible` for every rule that can be suppressed. */
    codes: readonly string[] | 'suppressible';
    fixes(context: CodeFixContext): CodeAction[];
}

export function defineCodeFix(fix: CodeFix): CodeFix {
    return fix;
}

/** The context of one diagnostic of a document. */
export function fixContext(services: ItsmServices, document: LangiumDocument, diagnostic: Diagnostic): CodeFixContext | undefined {
    const data = (diagnostic.data ?? {}) as Record<string, unknown>;
    const code = typeof diagnostic.code === 'string' ? diagnostic.code : typeof data.code === 'string' ? data.code : undefined;
    if (!code) return undefined;
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const node = root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
    return { services, document, diagnostic, code, data, node };
}

/** A quick fix that edits the diagnostic's own document. */
export function quickFix(context: CodeFixContext, title: string, edits: TextEdit[], preferred = false): CodeAction {
    return workspaceFix(context, title, { changes: { [context.document.uri.toString()]: edits } }, preferred);
}

export function workspaceFix(context: CodeFixContext, title: string, edit: WorkspaceEdit, preferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        ...(preferred ? { isPreferred: true } : {}),
        edit,
    };
}

/** The nearest node of a type at or above the diagnostic's node. */
export function enclosing<T extends AstNode>(context: CodeFixContext, guard: (node: unknown) => node is T): T | undefined {
    return context.node ? AstUtils.getContainerOfType(context.node, guard) : undefined;
}

export function stringData(context: CodeFixContext, key: string): string | undefined {
    const value = context.data[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
