import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;

beforeAll(() => {
    if (!existsSync(path.join(repositoryRoot, 'out/server.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot });
});

afterEach(async () => {
    await session?.close();
    session = undefined;
});

describe('language server over --stdio', () => {
    it('answers initialize with its capabilities', async () => {
        session = await startServer();
        const capabilities = session.initializeResult.capabilities;
        expect(capabilities.textDocumentSync).toBeDefined();
        expect(capabilities.definitionProvider).toBeTruthy();
        expect(capabilities.completionProvider).toBeDefined();
    });

    it('publishes a diagnostic for a typo, with position, code and docs link, and clears it after the fix', async () => {
        session = await startServer();
        const uri = 'file:///virtual/teams.itsm';
        session.open(uri, 'team Messaging {}\nservice Email { owner Mesaging }\n');
        const broken = await session.diagnostics(uri, p => p.diagnostics.length > 0);
        expect(broken.diagnostics).toHaveLength(1);
        const [diagnostic] = broken.diagnostics;
        expect(diagnostic.message).toBe("Unknown team 'Mesaging'. Did you mean 'Messaging'?");
        expect(diagnostic.code).toBe('unresolved-reference');
        expect(diagnostic.codeDescription?.href).toMatch(/docs\/rules\/unresolved-reference\.md$/);
        expect(diagnostic.range).toEqual({ start: { line: 1, character: 22 }, end: { line: 1, character: 30 } });
        session.change(uri, 2, 'team Messaging {}\nservice Email { owner Messaging }\n');
        const fixed = await session.diagnostics(uri, p => p.diagnostics.length === 0);
        expect(fixed.diagnostics).toEqual([]);
    });

    it('loads the workspace folder and links its files together', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-ws-'));
        cpSync(path.join(repositoryRoot, 'test/fixtures/sketch'), folder, { recursive: true });
        session = await startServer(folder);
        const uri = `file://${folder}/acme.itsm`;
        const published = await session.diagnostics(uri, p => p.diagnostics.length > 0);
        const codes = published.diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
        expect(codes).toEqual(expect.arrayContaining(['179:17 ola-weaker-than-sla', '180:30 ola-weaker-than-sla']));
        expect(published.diagnostics.some(d => d.code === 'unresolved-reference')).toBe(false);
    });
});
