/**
 * Document highlights: every occurrence in the file of the definition under
 * the cursor, the declaration as a write and the uses as reads; on a
 * qualified name only the segment that names it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver-types';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { navigationFiles } from './navigation-fixture.js';
import { at, doc } from './navigation-workspace.js';

let workspace: TestWorkspace;

beforeAll(async () => {
    workspace = await buildWorkspace(navigationFiles);
});

/** `line:column text (write|read)` for each highlight, in document order. */
async function highlights(file: string, position: Position): Promise<string[]> {
    const document = doc(workspace, file);
    const result = await workspace.services.Itsm.lsp.DocumentHighlightProvider!.getDocumentHighlight(
        document, { textDocument: { uri: document.uri.toString() }, position }) ?? [];
    return result
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map(h => `${h.range.start.line + 1}:${h.range.start.character + 1} ${document.textDocument.getText(h.range)}` +
            ` ${h.kind === DocumentHighlightKind.Write ? 'write' : 'read'}`);
}

describe('document highlights', () => {
    it('marks the declaration and every reference in the file', async () => {
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', 'service |Email'))).toEqual([
            '9:9 Email write',
            '19:14 Email read',
            '30:11 Email read',
        ]);
    });

    it('gives the same answer from a reference', async () => {
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', 'depends on Em|ail')))
            .toEqual(await highlights('it.itsm', at(workspace, 'it.itsm', 'service |Email')));
    });

    it('marks a definition of another file where the file names it: imports and qualified references', async () => {
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', 'realized by |ad01'))).toEqual([
            '3:20 ad01 read',
            '13:15 ad01 read',
            '18:27 ad01 read',
        ]);
        expect(await highlights('ops.itsm', at(workspace, 'ops.itsm', 'import acme.it.|Email\n'))).toEqual([
            '3:16 Email read',
            '4:16 Email read',
            '5:16 Email read',
            '10:14 Email read',
            '10:29 Email read',
        ]);
    });

    it('marks a workflow state in its transitions, and a priority in its rows and targets', async () => {
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', '    |Assess'))).toEqual([
            '39:5 Assess write',
            '42:10 Assess read',
            '43:3 Assess read',
        ]);
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', 'priorities |P1'))).toEqual([
            '23:14 P1 write',
            '25:18 P1 read',
            '32:3 P1 read',
        ]);
    });

    it('marks nothing on a keyword, a package or a literal', async () => {
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', '|service Email'))).toEqual([]);
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', 'acme.sh|ared.ad01, dc01'))).toEqual([]);
        expect(await highlights('it.itsm', at(workspace, 'it.itsm', '"All st|aff"'))).toEqual([]);
    });
});
