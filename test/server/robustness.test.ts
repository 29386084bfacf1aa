/**
 * The language server under an editor's worst habits, over the real stdio
 * transport: 1,000 rapid edits across several files with requests cancelled
 * out of order, a file deleted and another renamed on disk while open, the
 * config turning invalid and back. The server must stay up, answer every
 * request (a result, or "cancelled"/"content modified"), and end with the
 * diagnostics a fresh `itsm validate` gives for the final texts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
    CancellationTokenSource, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DocumentSymbolRequest,
    FileChangeType, HoverRequest, CompletionRequest, DocumentFormattingRequest, DefinitionRequest, LSPErrorCodes, ResponseError,
    type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { itsm } from '../cli/run-cli.js';
import { repositoryRoot, startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;
const folders: string[] = [];

beforeAll(() => {
    if (!existsSync(path.join(repositoryRoot, 'out/server.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot });
});

afterEach(async () => {
    await session?.close();
    session = undefined;
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The texts each edited file cycles through: valid, a broken reference, a syntax error, a cross-file duplicate. */
const VARIANTS: Record<string, string[]> = {
    'teams.itsm': [
        'team Messaging {\n  email "messaging@acme.example"\n}\n',
        'team Messagin {\n  email "messaging@acme.example"\n}\n',
        'team Messaging {\n  email "messaging@acme.example"\n',
        'team Messaging {\n  email "messaging@acme.example"\n  email "again@acme.example"\n}\nteam Shared {}\n',
    ],
    'services.itsm': [
        'service Email {\n  owner Messaging\n  support Messaging\n  availability 99.9%\n}\n',
        'service Email {\n  owner Mesaging\n  availability 120%\n}\n',
        'service Email { owner Messaging @@ }\n',
        'service Email {\n  owner Messaging\n}\nteam Shared {}\n',
    ],
    'agreements.itsm': [
        'sla Gold {\n  service Email\n  availability 99.9% per month\n}\n',
        'sla Gold {\n  service Emial\n}\n',
        'sla Gold {\n  service Email\n  availability 99.9% per month\n}\nsla Gold {}\n',
        'sla Gold { service Email availability',
    ],
};
const EDITED = Object.keys(VARIANTS);

const CONFIG = JSON.stringify({ rules: { 'unused-definition': 'off' } });

/** `line:col severity code message` for each diagnostic, sorted: what the CLI and the server must agree on. */
function fromServer(diagnostics: Diagnostic[]): string[] {
    const severity = ['', 'error', 'warning', 'info', 'hint'];
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${severity[d.severity ?? 1]} ${d.code} ${d.message}`).sort();
}

describe('language server robustness', () => {
    it('survives 1,000 rapid edits with cancellations, files deleted and renamed on disk, a config broken and fixed, and ends with the CLI\'s diagnostics', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-lsp-robust-'));
        folders.push(folder);
        const uriOf = (name: string) => `file://${folder}/${name}`;
        const initial: Record<string, string> = {
            ...Object.fromEntries(EDITED.map(name => [name, VARIANTS[name][0]])),
            'doomed.itsm': 'team Shared {}\n',
            'moving.itsm': 'service Other {\n  owner Messaging\n}\n',
        };
        for (const [name, text] of Object.entries(initial)) writeFileSync(path.join(folder, name), text);
        writeFileSync(path.join(folder, 'itsm.config.json'), CONFIG);
        session = await startServer(folder);
        const server = session;
        const watched = (changes: Array<{ name: string; type: FileChangeType }>) => void server.connection.sendNotification(
            DidChangeWatchedFilesNotification.type, { changes: changes.map(c => ({ uri: uriOf(c.name), type: c.type })) });
        const close = (name: string) => void server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(name) } });

        const open = new Map<string, { version: number; text: string }>();
        for (const [name, text] of Object.entries(initial)) {
            server.open(uriOf(name), text);
            open.set(name, { version: 1, text });
        }

        // A deterministic sequence (no randomness to replay): file i % 3 gets variant (i * 7 + i / 3) % 4.
        const requests: Array<{ kind: string; promise: Promise<unknown> }> = [];
        const sources: CancellationTokenSource[] = [];
        for (let i = 0; i < 1000; i++) {
            const name = EDITED[i % EDITED.length];
            const file = open.get(name)!;
            file.version++;
            file.text = VARIANTS[name][(i * 7 + Math.floor(i / 3)) % VARIANTS[name].length];
            server.change(uriOf(name), file.version, file.text);

            if (i % 5 === 0) {
                // A request on some open file, then a cancellation of an earlier one: out of order.
                const target = { uri: uriOf(EDITED[(i / 5) % EDITED.length]) };
                const source = new CancellationTokenSource();
                sources.push(source);
                const kinds = [
                    () => server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: target }, source.token),
                    () => server.connection.sendRequest(HoverRequest.type, { textDocument: target, position: { line: 0, character: 6 } }, source.token),
                    () => server.connection.sendRequest(CompletionRequest.type, { textDocument: target, position: { line: 1, character: 2 } }, source.token),
                    () => server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: target, options: { tabSize: 2, insertSpaces: true } }, source.token),
                    () => server.connection.sendRequest(DefinitionRequest.type, { textDocument: target, position: { line: 1, character: 9 } }, source.token),
                ];
                const k = (i / 5) % kinds.length;
                requests.push({ kind: ['documentSymbol', 'hover', 'completion', 'formatting', 'definition'][k], promise: kinds[k]() });
                if (sources.length >= 3 && i % 15 === 0) sources[sources.length - 3].cancel();
            }
            if (i === 300) {
                // Deleted on disk while open; the editor then closes it.
                rmSync(path.join(folder, 'doomed.itsm'));
                watched([{ name: 'doomed.itsm', type: FileChangeType.Deleted }]);
                close('doomed.itsm');
                open.delete('doomed.itsm');
            }
            if (i === 500) {
                // Renamed on disk while open: the old name is deleted, the new one created and opened.
                renameSync(path.join(folder, 'moving.itsm'), path.join(folder, 'moved.itsm'));
                watched([{ name: 'moving.itsm', type: FileChangeType.Deleted }, { name: 'moved.itsm', type: FileChangeType.Created }]);
                close('moving.itsm');
                const moved = open.get('moving.itsm')!;
                open.delete('moving.itsm');
                server.open(uriOf('moved.itsm'), moved.text);
                open.set('moved.itsm', { version: 1, text: moved.text });
            }
            if (i === 600) {
                writeFileSync(path.join(folder, 'itsm.config.json'), '{ "rules": { "unused-definition": ');
                watched([{ name: 'itsm.config.json', type: FileChangeType.Changed }]);
            }
            if (i === 700) {
                writeFileSync(path.join(folder, 'itsm.config.json'), CONFIG);
                watched([{ name: 'itsm.config.json', type: FileChangeType.Changed }]);
            }
        }

        // Last edits whose findings depend on the other files: a duplicate across files, a reference into another file.
        const FINAL: Record<string, string> = {
            'teams.itsm': `${VARIANTS['teams.itsm'][0]}team Shared {}\n`,
            'services.itsm': 'service Email {\n  owner Messaging\n  availability 120%\n}\nteam Shared {}\n',
            'agreements.itsm': 'sla Gold {\n  service Emial\n}\n',
        };
        for (const [name, text] of Object.entries(FINAL)) {
            const file = open.get(name)!;
            file.version++;
            file.text = text;
            server.change(uriOf(name), file.version, text);
        }

        // Every request is answered: with a result, or as cancelled / outdated by a later edit.
        const outcomes = await Promise.allSettled(requests.map(r => r.promise));
        const unanswered = outcomes.flatMap((outcome, i) => {
            if (outcome.status === 'fulfilled') return [];
            const error = outcome.reason;
            const expected = error instanceof ResponseError && (error.code === LSPErrorCodes.RequestCancelled || error.code === LSPErrorCodes.ContentModified);
            return expected ? [] : [`${requests[i].kind}: ${error instanceof Error ? error.message : String(error)}`];
        });
        expect(unanswered).toEqual([]);
        expect(outcomes.filter(o => o.status === 'fulfilled').length).toBeGreaterThan(0);
        expect(server.process.exitCode).toBeNull();

        // The final state, validated from scratch by the CLI in another folder: open files' texts and the config.
        const fresh = mkdtempSync(path.join(tmpdir(), 'itsm-lsp-final-'));
        folders.push(fresh);
        mkdirSync(fresh, { recursive: true });
        for (const [name, file] of open) writeFileSync(path.join(fresh, name), file.text);
        writeFileSync(path.join(fresh, 'itsm.config.json'), CONFIG);
        const cli = await itsm(['validate', '.', '--format', 'json'], fresh);
        expect(cli.stderr).toBe('');
        const report = JSON.parse(cli.stdout) as { diagnostics: Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }> };

        for (const name of open.keys()) {
            const expected = report.diagnostics.filter(d => d.file === name).map(d => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`).sort();
            // Generous: the server may still be working through the edits on a loaded machine.
            const published = await server.diagnostics(uriOf(name), p => JSON.stringify(fromServer(p.diagnostics)) === JSON.stringify(expected), 120_000)
                .catch(() => server.diagnostics(uriOf(name), () => true, 5_000)); // the latest, for the report
            expect({ name, diagnostics: fromServer(published.diagnostics) }).toEqual({ name, diagnostics: expected });
        }
        // The final state has findings that depend on other files, so the comparison is not trivially empty.
        expect(report.diagnostics.map(d => `${d.file} ${d.code}`).sort()).toEqual([
            'agreements.itsm unresolved-reference', 'services.itsm duplicate-definition', 'services.itsm sla-availability-out-of-range', 'teams.itsm duplicate-definition',
        ]);

        // Still up and answering.
        const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('moved.itsm') } });
        expect(symbols).not.toBeNull();
        expect(server.stderr()).not.toMatch(/Uncaught|unhandled/i);
    }, 300_000);
});
