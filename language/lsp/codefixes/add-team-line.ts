/**
 * What add-owner and add-support share: an `owner`/`support` line added to a
 * service's or CI's block after the lines that usually precede it, naming
 * the first team the file can see (a placeholder to change).
 */
import { GrammarUtils, type AstNode, type CstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { quickFix, type CodeFixContext } from './codefix.js';
import { firstTeam } from './names-in-scope.js';
import { insertInBlock } from './text-edits.js';

/** The last CST node among these properties of a node, in source order. */
export function lastOfProperties(node: AstNode, properties: readonly string[]): CstNode | undefined {
    const nodes = properties.flatMap(p => GrammarUtils.findNodesForProperty(node.$cstNode, p));
    return nodes.sort((a, b) => a.offset - b.offset).pop();
}

export function addTeamLine(context: CodeFixContext, node: AstNode | undefined, keyword: string, after: readonly string[], fallback: string): CodeAction[] {
    if (!node) return [];
    const team = firstTeam(context.services, node) ?? fallback;
    const edit = insertInBlock(context.document, node, `${keyword} ${team}`, { after: lastOfProperties(node, after) });
    return edit ? [quickFix(context, `Add '${keyword} ${team}'`, [edit], true)] : [];
}
