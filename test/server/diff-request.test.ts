/**
 * `itsm/diff` over a real connection to out/server.cjs: a temporary git
 * repository with examples/acme committed; the server compares the
 * workspace as the editor has it (unsaved edits included) with HEAD.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ItsmRequests, type DiffResult } from '../../language/lsp/requests/protocol.js';
import { repositoryRoot, startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;

beforeAll(() => {
    if (!existsSync(path.join(repositoryRoot, 'out/server.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot });
});

afterEach(async () => {
    await session?.close();
    session = undefined;
});

function git(args: string[], cwd: string): void {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

function committedAcme(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'itsm-diff-request-'));
    cpSync(path.join(repositoryRoot, 'examples/acme'), path.join(folder, 'catalogue'), { recursive: true });
    git(['init', '-q', '-b', 'main'], folder);
    git(['add', '.'], folder);
    git(['commit', '-q', '-m', 'acme'], folder);
    return folder;
}

const diff = (params: unknown) => session!.connection.sendRequest<DiffResult>(ItsmRequests.diff, params);

describe('itsm/diff', () => {
    it('reports no changes for a clean working tree, then an unsaved edit as a warning with its location', async () => {
        const repo = committedAcme();
        const folder = path.join(repo, 'catalogue');
        session = await startServer(folder);
        const clean = await diff({ workspaceFolder: `file://${folder}` });
        const files = readdirSync(folder).filter(name => name.endsWith('.itsm')).length;
        expect(clean).toMatchObject({ ok: true, changes: [], base: { files, errors: 0 }, head: { files } });
        expect(clean.ok && clean.base.label).toMatch(/^HEAD \([0-9a-f]{7}\)$/);

        // Loosen Gold's P1 resolution in the editor only: nothing is saved.
        const uri = `file://${folder}/agreements.itsm`;
        const text = readFileSync(path.join(folder, 'agreements.itsm'), 'utf8');
        session.open(uri, text.replace('P1 { response 15m  resolve 4h }', 'P1 { response 15m  resolve 8h }'));
        await session.diagnostics(uri);
        const edited = await diff({ workspaceFolder: folder });
        expect(edited.ok).toBe(true);
        if (!edited.ok) return;
        const loosened = edited.changes.filter(c => c.kind === 'loosened');
        expect(loosened.map(c => [c.risk, c.definition.kind, c.definition.name, c.field, c.old, c.new])).toEqual([
            ['warning', 'SLA', 'acme.it.Gold', 'targets.P1.resolve', 14400, 28800],
        ]);
        expect(loosened[0].location).toEqual({ uri, line: 5 });
    }, 60_000);

    it('sees a definition added on disk; an unknown revision or a folder outside git is a message, not an error', async () => {
        const repo = committedAcme();
        const folder = path.join(repo, 'catalogue');
        writeFileSync(path.join(folder, 'extra.itsm'), 'package acme.it\n\nteam Facilities\n');
        session = await startServer(folder);
        const result = await diff({ workspaceFolder: folder, base: 'HEAD' });
        expect(result.ok && result.changes.map(c => `${c.kind} ${c.definition.kind} ${c.definition.name}`)).toEqual(['added team acme.it.Facilities']);
        expect(result.ok && result.changes[0].location).toEqual({ uri: `file://${folder}/extra.itsm`, line: 3 });

        const unknown = await diff({ workspaceFolder: folder, base: 'no-such-branch' });
        expect(unknown).toEqual({ ok: false, message: "Cannot compare with no-such-branch: unknown git revision 'no-such-branch'." });
        const outside = mkdtempSync(path.join(tmpdir(), 'itsm-no-git-'));
        const notGit = await diff({ workspaceFolder: outside });
        expect(notGit.ok).toBe(false);
        expect(!notGit.ok && notGit.message).toMatch(/is not in a git repository/);
    }, 60_000);
});
