/**
 * Folding ranges: every `{ … }` block that spans lines (the closing brace
 * stays visible), runs of two or more `//` comment lines, multi-line block
 * comments, and `// #region` … `// #endregion` markers (which nest).
 *
 * Read from the lexer's tokens rather than the syntax tree, so that a file
 * with a syntax error still folds, and braces inside strings and comments are
 * never taken for blocks.
 */
import type { LangiumDocument } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ItsmServices } from '../itsm-module.js';

const REGION_START = /^\/\/\s*#region\b/;
const REGION_END = /^\/\/\s*#endregion\b/;

interface Token {
    image: string;
    startOffset: number;
    tokenType: { name: string };
}

export class ItsmFoldingRangeProvider implements FoldingRangeProvider {
    constructor(private readonly services: ItsmServices) {}

    getFoldingRanges(document: LangiumDocument): FoldingRange[] {
        const text = document.textDocument;
        const lexed = this.services.parser.Lexer.tokenize(text.getText());
        const ranges = [...blockRanges(text, lexed.tokens), ...commentRanges(text, lexed.hidden)];
        return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
    }
}

function blockRanges(text: TextDocument, tokens: Token[]): FoldingRange[] {
    const ranges: FoldingRange[] = [];
    const open: number[] = [];
    for (const token of tokens) {
        if (token.image === '{') {
            open.push(text.positionAt(token.startOffset).line);
        } else if (token.image === '}' && open.length > 0) {
            const startLine = open.pop()!;
            const close = text.positionAt(token.startOffset);
            // Keep the closing brace's line visible when the brace starts it.
            const endLine = startsLine(text, token.startOffset) ? close.line - 1 : close.line;
            if (endLine > startLine) ranges.push(FoldingRange.create(startLine, endLine));
        }
    }
    return ranges;
}

function commentRanges(text: TextDocument, comments: Token[]): FoldingRange[] {
    const ranges: FoldingRange[] = [];
    const regions: number[] = [];
    let run: { first: number; last: number } | undefined;
    const endRun = () => {
        if (run && run.last > run.first) ranges.push(FoldingRange.create(run.first, run.last, undefined, undefined, FoldingRangeKind.Comment));
        run = undefined;
    };
    for (const comment of [...comments].sort((a, b) => a.startOffset - b.startOffset)) {
        const start = text.positionAt(comment.startOffset);
        if (comment.image.startsWith('/*')) {
            endRun();
            const endLine = text.positionAt(comment.startOffset + comment.image.length).line;
            if (endLine > start.line) ranges.push(FoldingRange.create(start.line, endLine, undefined, undefined, FoldingRangeKind.Comment));
            continue;
        }
        if (!startsLine(text, comment.startOffset)) {
            // A comment after code on the same line is no comment line.
            endRun();
            continue;
        }
        if (REGION_START.test(comment.image)) {
            endRun();
            regions.push(start.line);
        } else if (REGION_END.test(comment.image)) {
            endRun();
            const regionStart = regions.pop();
            if (regionStart !== undefined && start.line > regionStart) {
                ranges.push(FoldingRange.create(regionStart, start.line, undefined, undefined, FoldingRangeKind.Region));
            }
        } else if (run && start.line === run.last + 1) {
            run.last = start.line;
        } else {
            endRun();
            run = { first: start.line, last: start.line };
        }
    }
    endRun();
    return ranges;
}

/** Whether only whitespace precedes this offset on its line. */
function startsLine(text: TextDocument, offset: number): boolean {
    const position = text.positionAt(offset);
    const before = text.getText({ start: { line: position.line, character: 0 }, end: position });
    return before.trim().length === 0;
}
