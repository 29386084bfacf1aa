/**
 * Folding ranges: blocks spanning lines, runs of comment lines, block
 * comments and `// #region` markers; read from the tokens, so a broken file
 * still folds and braces in strings or comments do not count.
 */
import { describe, expect, it } from 'vitest';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { buildWorkspace } from '../workspace.js';
import { acmeWorkspace, doc } from './navigation-workspace.js';

async function folds(text: string): Promise<string[]> {
    const workspace = await buildWorkspace({ 'a.itsm': text });
    const document = doc(workspace, 'a.itsm');
    const ranges = await workspace.services.Itsm.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
    return ranges.map(show);
}

/** `start-end kind` with 1-based lines, as an editor shows them. */
function show(range: FoldingRange): string {
    return `${range.startLine + 1}-${range.endLine + 1}${range.kind ? ` ${range.kind}` : ''}`;
}

describe('folding ranges', () => {
    it('folds each block that spans lines, nested blocks too, keeping the closing brace visible', async () => {
        expect(await folds([
            'service Email {',              // 1
            '  owner Messaging',            // 2
            '  offering Standard {',        // 3
            '    audience "All staff"',     // 4
            '  }',                          // 5
            '}',                            // 6
            'team Messaging { lead "J" }',  // 7: one line, nothing to fold
            'sla Gold {',                   // 8
            '  P1 { response 15m resolve 4h }',
            '  hours Always }',             // 10: the brace ends a line with content
        ].join('\n'))).toEqual(['1-5', '3-4', '8-10']);
    });

    it('does not fold an empty block over two lines', async () => {
        expect(await folds('team Ops {\n}\n')).toEqual([]);
    });

    it('folds a run of comment lines, but not a single one or comments after code', async () => {
        expect(await folds([
            '// The catalogue.',              // 1
            '// Owned by the service desk.',  // 2
            '// Reviewed yearly.',            // 3
            'team Ops',                       // 4
            '// alone',                       // 5
            'team Dev // trailing',           // 6
            'team Qa  // trailing too',       // 7
        ].join('\n'))).toEqual([`1-3 ${FoldingRangeKind.Comment}`]);
    });

    it('folds block comments that span lines', async () => {
        expect(await folds('/**\n * Ops.\n */\nteam Ops\n/* one line */\n')).toEqual([`1-3 ${FoldingRangeKind.Comment}`]);
    });

    it('folds // #region … // #endregion, nested, and keeps them out of comment runs', async () => {
        expect(await folds([
            '// #region Teams',     // 1
            '// #region Ops',       // 2
            'team Ops',             // 3
            '// #endregion',        // 4
            'team Dev',             // 5
            '// #endregion',        // 6
        ].join('\n'))).toEqual([`1-6 ${FoldingRangeKind.Region}`, `2-4 ${FoldingRangeKind.Region}`]);
    });

    it('ignores braces in strings and comments', async () => {
        expect(await folds([
            'team Ops {',
            '  lead "{ not a block"',
            '  // } nor is this',
            '  email "ops@acme.example"',
            '}',
        ].join('\n'))).toEqual(['1-4']);
    });

    it('still folds a file with a syntax error', async () => {
        expect(await folds('service Email {\n  owner\n  kind business\n}\nservice Broken {\n  tier\n')).toEqual(['1-3']);
    });

    it('folds every block of the example catalogue', async () => {
        const workspace = await acmeWorkspace();
        const document = doc(workspace, 'services.itsm');
        const ranges = await workspace.services.Itsm.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const text = document.textDocument;
        const firstLines = ranges.map(range => text.getText({ start: { line: range.startLine, character: 0 }, end: { line: range.startLine + 1, character: 0 } }).trim());
        expect(firstLines).toEqual([
            'service Directory {', 'service Dns {', 'service DnsSecondary {', 'service Email {',
            'offering EmailStandard {', 'request item SharedMailbox "Shared mailbox" {', 'offering EmailExecutive {', 'service Fax {',
        ]);
    });
});
