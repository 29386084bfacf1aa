/**
 * Symbol and completion kinds for Langium's shared services (workspace
 * symbols, completion items), by AST type, from the same table as the
 * outline and the semantic tokens.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import type { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { definitionKind } from './definition-kinds.js';

export class ItsmNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return definitionKind(typeOf(node)).symbol;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return definitionKind(typeOf(node)).completion;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
