/**
 * Text edits the quick fixes share: lines and their indentation, a property
 * line added to a `{ … }` block (indented like its neighbours, or inline in a
 * one-line block), a definition appended to the file, and a span removed
 * together with its line when nothing else is on it.
 */
import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

export function lineText(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return text.replace(/\r?\n$/, '');
}

export function indentOf(document: LangiumDocument, line: number): string {
    return /^[ \t]*/.exec(lineText(document, line))![0];
}

export function insertAt(position: Position, newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
}

export function replace(range: Range, newText: string): TextEdit {
    return { range, newText };
}

/** The braces of a node's block: its first `{` and the last `}` (or the pair after `from`, e.g. `states`). */
export function blockBraces(node: AstNode, from?: CstNode): { open: CstNode; close: CstNode } | undefined {
    const after = from?.offset ?? -1;
    const open = GrammarUtils.findNodesForKeyword(node.$cstNode, '{').find(n => n.offset > after);
    const closes = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').filter(n => open && n.offset > open.offset);
    const close = from ? closes[0] : closes[closes.length - 1];
    return open && close ? { open, close } : undefined;
}

/** How a block's lines are indented: like its first line with content, else one step in from its opening line. */
function blockIndent(document: LangiumDocument, open: CstNode, close: CstNode): string {
    for (let line = open.range.start.line + 1; line < close.range.start.line; line++) {
        if (lineText(document, line).trim() !== '') return indentOf(document, line);
    }
    return indentOf(document, open.range.start.line) + '  ';
}

export interface BlockInsert {
    /** Insert after the line of this node (e.g. the `tier` line), when it is inside the block. */
    after?: CstNode;
    /** Insert as the block's last line instead of its first. */
    atEnd?: boolean;
    /** The braces, when the block is not the node's first one (e.g. a workflow's `states { … }`). */
    braces?: { open: CstNode; close: CstNode };
}

/** Adds `text` (one line or several) to the node's `{ … }` block; a block on one line gets it inline. */
export function insertInBlock(document: LangiumDocument, node: AstNode, text: string | string[], options: BlockInsert = {}): TextEdit | undefined {
    const braces = options.braces ?? blockBraces(node);
    if (!braces) return undefined;
    const lines = typeof text === 'string' ? [text] : text;
    const { open, close } = braces;
    const full = document.textDocument.getText();
    if (open.range.start.line === close.range.start.line) {
        const inline = lines.join(' ');
        if (options.atEnd) {
            const before = /\s/.test(full.charAt(close.offset - 1)) ? '' : ' ';
            return insertAt(close.range.start, `${before}${inline} `);
        }
        const after = /\s/.test(full.charAt(open.end)) ? '' : ' ';
        return insertAt(open.range.end, ` ${inline}${after}`);
    }
    const indent = blockIndent(document, open, close);
    const block = lines.map(line => `${indent}${line}\n`).join('');
    const anchorLine = options.after?.range.end.line;
    if (anchorLine !== undefined && anchorLine >= open.range.start.line && anchorLine < close.range.start.line) {
        return insertAt({ line: anchorLine + 1, character: 0 }, block);
    }
    if (!options.atEnd) return insertAt({ line: open.range.start.line + 1, character: 0 }, block);
    const closeLine = close.range.start.line;
    if (lineText(document, closeLine).slice(0, close.range.start.character).trim() === '') {
        return insertAt({ line: closeLine, character: 0 }, block);
    }
    return insertAt(close.range.start, `\n${block}${indentOf(document, node.$cstNode!.range.start.line)}`);
}

/** Appends a definition at the end of the file, after one blank line. */
export function appendDefinition(document: LangiumDocument, definition: string): TextEdit {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const trimmed = text.replace(/[ \t]+$/, '');
    const separator = trimmed.length === 0 ? '' : trimmed.endsWith('\n\n') ? '' : trimmed.endsWith('\n') ? '\n' : '\n\n';
    return insertAt(end, `${separator}${definition}\n`);
}

/**
 * Removes a span: with its whole line when nothing but whitespace (and a
 * comment) is left on it, else with the whitespace before it.
 */
export function removeSpan(document: LangiumDocument, range: Range): TextEdit {
    const { start, end } = range;
    const first = lineText(document, start.line);
    const last = lineText(document, end.line);
    const before = first.slice(0, start.character);
    const rest = last.slice(end.character).trim();
    if (before.trim() === '' && (rest === '' || rest.startsWith('//'))) {
        return replace({ start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, '');
    }
    const spaces = /\s*$/.exec(before)![0].length;
    return replace({ start: { line: start.line, character: start.character - spaces }, end }, '');
}

/** The last leaf before an offset that is not whitespace or a comment. */
export function previousLeaf(document: LangiumDocument, offset: number): CstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    let found: CstNode | undefined;
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || node.hidden) continue;
        if (node.end > offset) break;
        found = node;
    }
    return found;
}

/** The first leaf at or after an offset that is not whitespace or a comment. */
export function nextLeaf(document: LangiumDocument, offset: number): CstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node) && !node.hidden && node.offset >= offset) return node;
    }
    return undefined;
}
