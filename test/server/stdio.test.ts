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
        const broken = await session.diagnostics(uri, p => p.diagnostics.some(d => d.code === 'unresolved-reference'));
        const errors = broken.diagnostics.filter(d => d.severity === 1);
        expect(errors).toHaveLength(1);
        const [diagnostic] = errors;
        expect(diagnostic.message).toBe("Unknown team 'Mesaging'. Did you mean 'Messaging'?");
        expect(diagnostic.code).toBe('unresolved-reference');
        expect(diagnostic.codeDescription?.href).toMatch(/docs\/rules\/unresolved-reference\.md$/);
        expect(diagnostic.range).toEqual({ start: { line: 1, character: 22 }, end: { line: 1, character: 30 } });
        session.change(uri, 2, 'team Messaging {}\nservice Email { owner Messaging }\n');
        const fixed = await session.diagnostics(uri, p => !p.diagnostics.some(d => d.code === 'unresolved-reference'));
        expect(fixed.diagnostics.filter(d => d.severity === 1)).toEqual([]);
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

describe('diagnostics that depend on another file', () => {
    it('clears an OLA\'s finding when the SLA it underpins is loosened in another file, and brings it back', async () => {
        session = await startServer();
        const slaUri = 'file:///virtual/sla.itsm';
        const olaUri = 'file:///virtual/ola.itsm';
        // The OLA's file references only the matrix file: nothing links it to the SLA's file.
        session.open('file:///virtual/matrix.itsm', 'priority matrix M { priorities P1 urgency high impact high -> P1 }\n');
        const sla = (resolve: string) => `sla Gold { priorities M P1 { resolve ${resolve} } underpinned by Ops }\n`;
        session.open(olaUri, 'ola Ops { priorities M P1 { resolve 2h } }\n');
        session.open(slaUri, sla('1h'));
        const strict = await session.diagnostics(olaUri, p => p.diagnostics.some(d => d.code === 'ola-weaker-than-sla'));
        expect(strict.diagnostics[0].message).toContain("resolution 2h is looser than Gold's 1h");
        session.change(slaUri, 2, sla('4h'));
        await session.diagnostics(olaUri, p => !p.diagnostics.some(d => d.code === 'ola-weaker-than-sla'));
        session.change(slaUri, 3, sla('30m'));
        const again = await session.diagnostics(olaUri, p => p.diagnostics.some(d => d.code === 'ola-weaker-than-sla'));
        expect(again.diagnostics[0].message).toContain("resolution 2h is looser than Gold's 30m");
    });

    it('clears a duplicate-definition error in one file when the other file renames its definition', async () => {
        session = await startServer();
        const a = 'file:///virtual/a.itsm';
        const b = 'file:///virtual/b.itsm';
        session.open(a, 'team Ops {}\n');
        session.open(b, 'team Ops {}\n');
        await session.diagnostics(a, p => p.diagnostics.some(d => d.code === 'duplicate-definition'));
        session.change(b, 2, 'team Ops2 {}\n');
        await session.diagnostics(a, p => !p.diagnostics.some(d => d.code === 'duplicate-definition'));
    });
});

describe('formatting over LSP', () => {
    it('returns edits that give the same text as itsm format', async () => {
        const { DocumentFormattingRequest } = await import('vscode-languageserver-protocol/node');
        const { TextDocument } = await import('vscode-languageserver-textdocument');
        const { readFileSync } = await import('node:fs');
        session = await startServer();
        const uri = 'file:///virtual/messy.itsm';
        const messy = readFileSync(path.join(repositoryRoot, 'test/fixtures/formatting/messy.itsm'), 'utf8');
        session.open(uri, messy);
        await session.diagnostics(uri);
        const edits = await session.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri }, options: { tabSize: 2, insertSpaces: true },
        });
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'itsm', 1, messy), edits ?? []);
        expect(formatted).toBe(readFileSync(path.join(repositoryRoot, 'test/fixtures/formatting/messy.formatted.itsm'), 'utf8'));
    });
});

describe('findings that depend on a file two links away', () => {
    it('appear in the SLA\'s file after the support team\'s hours change in a third file', async () => {
        session = await startServer();
        session.open('file:///virtual/calendars.itsm', 'calendar Always { timezone "UTC" 24x7 }\ncalendar Office { timezone "UTC" mon..fri 09:00-17:00 }\n');
        const team = (hours: string) => `team Desk { hours ${hours} }\n`;
        const teamUri = 'file:///virtual/team.itsm';
        const serviceUri = 'file:///virtual/service.itsm';
        const slaUri = 'file:///virtual/sla.itsm';
        session.open(teamUri, team('Always'));
        session.open(serviceUri, 'service Mail { kind business status live owner Desk support Desk offering Box { sla Gold } }\n');
        session.open(slaUri, 'sla Gold { service Mail hours Always }\n');
        await session.diagnostics(slaUri, p => !p.diagnostics.some(d => d.code === 'sla-hours-exceed-support-hours'));
        // The SLA's file names only the service; the service's file names the team; the team's hours change.
        session.change(teamUri, 2, team('Office'));
        const stale = await session.diagnostics(slaUri, p => p.diagnostics.some(d => d.code === 'sla-hours-exceed-support-hours'));
        expect(stale.diagnostics.find(d => d.code === 'sla-hours-exceed-support-hours')!.message).toContain('team Desk works Office');
    });
});
