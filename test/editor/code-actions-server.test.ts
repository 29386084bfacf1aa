/**
 * Code actions, inlay hints and code lenses through the bundled server
 * (out/server.cjs, built by `node esbuild.mjs`) over stdio: the capabilities
 * it announces, a quick fix built from the diagnostics it published and
 * applied as a client would (the finding is gone from the next
 * publication), the config action targeting the workspace root, and the
 * hints and lenses of a file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, CodeLensRequest, InlayHintRequest, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LspSession } from '../server/lsp-client.js';

const source = `package acme.it

team Ops

service Directory {
  status live
  support Ops
  availability 99.95%
}

service Email {
  status live
  owner Ops
  support Ops
  depends on Directory
  availability 99.99%
}
`;

let session: LspSession;
let folder: string;
let uri: string;

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'itsm-lsp-actions-'));
    mkdirSync(path.join(folder, 'sub'));
    writeFileSync(path.join(folder, 'sub', 'a.itsm'), source);
    uri = `file://${folder}/sub/a.itsm`;
    session = await startServer(folder);
    session.open(uri, source);
});

afterAll(async () => {
    await session?.close();
});

describe('editor actions over the language server', () => {
    it('announces code actions, inlay hints and code lenses', () => {
        const capabilities = session.initializeResult.capabilities;
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.codeLensProvider).toBeTruthy();
    });

    it('fixes a published finding, and the next publication no longer has it', async () => {
        const published = await session.diagnostics(uri, p => p.diagnostics.some(d => d.code === 'service-missing-owner'));
        const diagnostic = published.diagnostics.find(d => d.code === 'service-missing-owner')!;
        const actions = await session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual([
            "Add 'owner Ops'", 'Disable service-missing-owner for this line', 'Set service-missing-owner to off in itsm.config.json',
        ]);
        // The config goes into the workspace root, not the file's folder.
        expect(actions[2].edit?.documentChanges?.[0]).toEqual({ kind: 'create', uri: `file://${folder}/itsm.config.json`, options: { ignoreIfExists: true } });

        const edits = actions[0].edit!.changes![uri] as TextEdit[];
        const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'itsm', 1, source), edits);
        expect(fixed).toBe(source.replace('  status live\n  support Ops\n  availability 99.95%', '  status live\n  owner Ops\n  support Ops\n  availability 99.95%'));
        session.change(uri, 2, fixed);
        const after = await session.diagnostics(uri, p => !p.diagnostics.some(d => d.code === 'service-missing-owner'));
        expect(after.diagnostics.map(d => d.code)).toEqual(['sla-availability-exceeds-dependencies']);
    });

    it('shows the availability ceiling as a hint, and dependency counts as lenses', async () => {
        const hints = await session.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } },
        });
        expect(hints?.map(h => h.label)).toEqual(['⚠ ≤ 99.95% by dependencies']);
        const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
        expect(lenses?.map(l => l.command?.title)).toEqual(['1 dependant · 0 dependencies', '0 dependants · 1 dependency']);
    });
});
