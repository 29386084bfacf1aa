/**
 * Completion, snippets and hover through the real language server
 * (out/server.cjs over stdio), as an editor sees them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, HoverRequest, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol';
import { repositoryRoot, startServer, type LspSession } from '../server/lsp-client.js';
import { acmeFiles } from './navigation-workspace.js';

let session: LspSession;
const uri = (file: string) => `file:///lsp-completion/${file}`;
const EDIT = 'package acme.it\nimport acme.shared.*\n\nservice Portal {\n  owner \n}\n';

/** `npm test` builds the bundles first; a bare `vitest run` only builds them when missing. */
function ensureBundle(): void {
    if (!existsSync(path.join(repositoryRoot, 'out/server.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot });
}

beforeAll(async () => {
    ensureBundle();
    session = await startServer();
    for (const [file, text] of Object.entries({ ...acmeFiles(), 'edit.itsm': EDIT })) session.open(uri(file), text);
    await session.diagnostics(uri('edit.itsm'));
}, 120_000);

afterAll(async () => {
    await session?.close();
});

async function completion(line: number, character: number): Promise<CompletionItem[]> {
    const result = await session.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: uri('edit.itsm') }, position: { line, character },
    });
    return Array.isArray(result) ? result : (result as CompletionList | null)?.items ?? [];
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
