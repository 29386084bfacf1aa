/**
 * Completion, snippets and hover through the real language server
 * (out/server.cjs over stdio), as an editor sees them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, HoverRequest, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol';
import { repositoryRoot, startServer, type LspSession } from '../server/lsp-client.js';
import { acmeFiles } from './navigation-workspace.js';

let session: LspSession;
/** A client that, like VS Code, takes a list-wide default edit range. */
let withDefaults: LspSession;
const uri = (file: string) => `file:///lsp-completion/${file}`;
const EDIT = 'package acme.it\nimport acme.shared.*\n\nservice Portal {\n  owner \n}\n';

/** `npm test` builds the bundles first; a bare `vitest run` only builds them when missing. */
function ensureBundle(): void {
    if (!existsSync(path.join(repositoryRoot, 'out/server.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot });
}

beforeAll(async () => {
    ensureBundle();
    [session, withDefaults] = await Promise.all([
        startServer(),
        startServer(undefined, { textDocument: { completion: { completionList: { itemDefaults: ['editRange', 'commitCharacters'] } } } }),
    ]);
    for (const client of [session, withDefaults]) {
        for (const [file, text] of Object.entries({ ...acmeFiles(), 'edit.itsm': EDIT })) client.open(uri(file), text);
        await client.diagnostics(uri('edit.itsm'));
    }
}, 120_000);

afterAll(async () => {
    await Promise.all([session?.close(), withDefaults?.close()]);
});

async function completionList(line: number, character: number, client = session): Promise<CompletionList> {
    const result = await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: uri('edit.itsm') }, position: { line, character },
    });
    return Array.isArray(result) ? { isIncomplete: false, items: result } : result ?? { isIncomplete: false, items: [] };
}

async function completion(line: number, character: number): Promise<CompletionItem[]> {
    return (await completionList(line, character)).items;
}

/** The edit each item makes, as a client reads it: its own, or the list's default range with its text. */
function editsOf(list: CompletionList): Array<[string, TextEdit | undefined]> {
    const range = list.itemDefaults?.editRange;
    return list.items.map(item => [item.label, item.textEdit && 'range' in item.textEdit ? item.textEdit
        : range && 'start' in range ? { range, newText: item.textEditText ?? item.label } : undefined]);
}

describe('completion and hover over stdio', () => {
    it('announces completion and hover', () => {
        expect(session.initializeResult.capabilities.completionProvider).toBeDefined();
        expect(session.initializeResult.capabilities.hoverProvider).toBeTruthy();
    });

    it('completes teams after owner with their detail', async () => {
        const items = await completion(4, 8);
        expect(items.map(item => [item.label, item.detail])).toEqual([
            ['ServiceDesk', 'team · acme.it'], ['Messaging', 'team · acme.it'], ['Infrastructure', 'team · acme.it']]);
    });

    it('gives a client that takes a default edit range the same edits, the range once instead of per item', async () => {
        for (const [line, character] of [[4, 8], [6, 0], [1, 7]]) {
            const plain = await completionList(line, character);
            const compact = await completionList(line, character, withDefaults);
            expect(plain.itemDefaults).toBeUndefined();
            expect(plain.items.every(item => item.textEdit)).toBe(true);
            expect(compact.itemDefaults?.editRange).toBeDefined();
            expect(compact.items.filter(item => item.textEdit).length).toBeLessThan(compact.items.length);
            expect(editsOf(compact)).toEqual(editsOf(plain));
            expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(plain).length);
        }
    });

    it('offers the definition snippets at the top level', async () => {
        const items = await completion(6, 0);
        const workflow = items.find(item => item.label === 'change workflow' && item.insertTextFormat === 2);
        expect(workflow?.detail).toBe('normal change workflow (ITIL), approved by CAB');
        expect(items.find(item => item.label === 'sla' && item.insertTextFormat === 2)?.insertText).toContain('P5 { response ${14:2d}');
    });

    it('hovers a service with its availability ceiling', async () => {
        const hover = await session.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: uri('services.itsm') }, position: { line: 44, character: 10 },
        });
        const value = (hover?.contents as { value: string }).value;
        expect(value).toContain('**service** `acme.it.Email`');
        expect(value).toContain('any of (Dns 99.9%, DnsSecondary 99.9%)');
    });
});
