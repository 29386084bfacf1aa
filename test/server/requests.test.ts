/**
 * The server's own requests over a real connection to out/server.cjs
 * (--stdio): the dependency graph with its layout, generating into a
 * temporary folder (and refusing on errors), validating the workspace, the
 * targets and rules the extension offers, and the rules file named by the
 * `itsm.rules.configPath` setting.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
    ItsmRequests, type DependencyGraph, type GenerateResult, type RuleInfo, type SeverityCounts, type TargetInfo,
} from '../../language/lsp/requests/protocol.js';
import { repositoryRoot, startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;

beforeAll(() => {
    if (!existsSync(path.join(repositoryRoot, 'out/server.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot });
});

afterEach(async () => {
    await session?.close();
    session = undefined;
});

function acmeCopy(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'itsm-requests-'));
    cpSync(path.join(repositoryRoot, 'examples/acme'), folder, { recursive: true });
    return folder;
}

function folderWith(files: Record<string, string>): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'itsm-requests-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
    return folder;
}

const request = <T>(method: string, params?: unknown) => session!.connection.sendRequest<T>(method, params);

describe('itsm/dependencyGraph', () => {
    it('answers a file\'s graph with an ELK layout, and the graph around a service', async () => {
        const folder = acmeCopy();
        session = await startServer(folder);
        const uri = `file://${folder}/services.itsm`;
        const graph = await request<DependencyGraph>(ItsmRequests.dependencyGraph, { uri, layout: true });
        expect(graph.nodes.map(n => n.label)).toEqual(['Directory', 'Dns', 'DnsSecondary', 'Email', 'Fax', 'exchange', 'faxgw', 'ad01']);
        expect(graph.edges).toHaveLength(6);
        expect(graph.groups).toHaveLength(1);
        expect(Object.keys(graph.layout!.nodes).sort()).toEqual(graph.nodes.map(n => n.id).sort());
        for (const box of Object.values(graph.layout!.nodes)) expect(Number.isFinite(box.x + box.y)).toBe(true);
        expect(graph.nodes.find(n => n.label === 'exchange')?.location.uri).toBe(`file://${folder}/cmdb.itsm`);

        const impact = await request<DependencyGraph>(ItsmRequests.dependencyGraph, { uri, focus: 'acme.shared.ad01', direction: 'up' });
        expect(impact.nodes.map(n => n.name).sort()).toEqual(['acme.it.Directory', 'acme.it.Email', 'acme.it.exchange', 'acme.shared.ad01']);
        expect(impact.layout).toBeUndefined();
    });

    it('follows edits to an open file', async () => {
        const folder = acmeCopy();
        session = await startServer(folder);
        const uri = `file://${folder}/services.itsm`;
        const text = readFileSync(path.join(folder, 'services.itsm'), 'utf8');
        session.open(uri, text);
        session.change(uri, 2, text.replace('realized by faxgw', 'realized by faxgw\n  depends on Email'));
        const graph = await request<DependencyGraph>(ItsmRequests.dependencyGraph, { uri, focus: 'acme.it.Fax', direction: 'down', depth: 1 });
        expect(graph.nodes.map(n => n.label).sort()).toEqual(['Email', 'Fax', 'faxgw']);
    });
});

describe('itsm/generate', () => {
    it('writes the target\'s files into the output folder and lists them', async () => {
        const folder = acmeCopy();
        session = await startServer(folder);
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'itsm-out-')), 'generated');
        const result = await request<GenerateResult>(ItsmRequests.generate, { target: 'json', outputFolder: out, workspaceFolder: `file://${folder}` });
        expect(result).toMatchObject({ ok: true, target: 'json', outputFolder: out, errors: 0 });
        if (!result.ok) return;
        expect(readdirSync(out).sort()).toEqual([...result.files].sort());
        const model = JSON.parse(readFileSync(path.join(out, result.files[0]), 'utf8'));
        expect(model.services.map((s: { name: string }) => s.name)).toContain('acme.it.Email');
        // Sources are relative to the workspace folder.
        expect(model.services.find((s: { name: string }) => s.name === 'acme.it.Email').source.file).toBe('services.itsm');
    });

    it('refuses when the workspace has errors, unless forced', async () => {
        const folder = folderWith({ 'a.itsm': 'team Ops {}\nservice S { owner Opz }\n' });
        session = await startServer(folder);
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'itsm-out-')), 'generated');
        const refused = await request<GenerateResult>(ItsmRequests.generate, { target: 'json', outputFolder: out });
        expect(refused).toEqual({
            ok: false, reason: 'validation-errors', errors: 1,
            message: 'Not generating: the workspace has 1 error. Fix it, or generate anyway.',
        });
        expect(existsSync(out)).toBe(false);
        const forced = await request<GenerateResult>(ItsmRequests.generate, { target: 'json', outputFolder: out, force: true });
        expect(forced).toMatchObject({ ok: true, errors: 1 });
        expect(readdirSync(out)).toHaveLength(1);
    });

    it('explains an unknown target, a relative output folder and a folder that cannot be written', async () => {
        const folder = acmeCopy();
        session = await startServer(folder);
        expect(await request<GenerateResult>(ItsmRequests.generate, { target: 'nope', outputFolder: folder }))
            .toMatchObject({ ok: false, reason: 'unknown-target' });
        expect(await request<GenerateResult>(ItsmRequests.generate, { target: 'json', outputFolder: 'generated' }))
            .toMatchObject({ ok: false, reason: 'output-error', message: "The output folder must be an absolute path, not 'generated'." });
        const file = path.join(folder, 'services.itsm');
        const blocked = await request<GenerateResult>(ItsmRequests.generate, { target: 'json', outputFolder: file });
        expect(blocked).toMatchObject({ ok: false, reason: 'output-error' });
        expect(blocked.ok ? '' : blocked.message).toContain('is not a folder');
    });
});

describe('itsm/validateWorkspace, itsm/targets, itsm/rules', () => {
    it('validates every file again, reading changes on disk, and counts the findings per severity', async () => {
        const folder = folderWith({ 'a.itsm': 'team Ops {}\nservice S { owner Ops }\n', 'b.itsm': 'team Other {}\n' });
        session = await startServer(folder);
        const clean = await request<SeverityCounts>(ItsmRequests.validateWorkspace);
        expect(clean.files).toBe(2);
        expect(clean.errors).toBe(0);
        // No watcher tells the server about this edit: the request itself reads the files again.
        writeFileSync(path.join(folder, 'b.itsm'), 'team Other {}\nservice T { owner Nobody availability 120% }\n');
        const broken = await request<SeverityCounts>(ItsmRequests.validateWorkspace);
        expect(broken.errors).toBe(2);
        // The counts are those of the diagnostics the editor was sent.
        await session.diagnostics(`file://${folder}/b.itsm`, p => p.diagnostics.some(d => d.severity === 1));
        const published = [
            ...(await session.diagnostics(`file://${folder}/a.itsm`)).diagnostics,
            ...(await session.diagnostics(`file://${folder}/b.itsm`)).diagnostics,
        ];
        const count = (severity: number) => published.filter(d => d.severity === severity).length;
        expect(broken).toEqual({ files: 2, errors: count(1), warnings: count(2), infos: count(3), hints: count(4) });
    });

    it('lists the generator targets and the rules with their levels and docs', async () => {
        session = await startServer();
        const targets = await request<TargetInfo[]>(ItsmRequests.targets);
        expect(targets.map(t => t.name)).toContain('json');
        expect(targets.every(t => t.description.length > 0)).toBe(true);
        const rules = await request<RuleInfo[]>(ItsmRequests.rules);
        expect(rules.find(r => r.code === 'unresolved-reference')).toMatchObject({
            level: 'error', docsUrl: expect.stringMatching(/docs\/rules\/unresolved-reference\.md$/),
        });
    });
});

describe('itsm.rules.configPath', () => {
    it('takes the rule levels from the file the setting names, and back from itsm.config.json when it is cleared', async () => {
        const folder = folderWith({
            'a.itsm': 'service S { availability 120% }\n',
            'itsm.config.json': JSON.stringify({ rules: { 'sla-availability-out-of-range': 'info' } }),
            'strict.json': JSON.stringify({ rules: { 'sla-availability-out-of-range': 'warning' } }),
        });
        session = await startServer(folder);
        const uri = `file://${folder}/a.itsm`;
        const levels = () => session!.diagnostics(uri, p => p.diagnostics.length > 0);
        expect((await levels()).diagnostics.map(d => d.severity)).toEqual([3]);
        const settings = (configPath: string) => ({ settings: { itsm: { rules: { configPath } } } });
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, settings('strict.json'));
        await session.diagnostics(uri, p => p.diagnostics.map(d => d.severity).join() === '2');
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, settings('${workspaceFolder}/missing.json'));
        const problem = await session.diagnostics(`file://${folder}/missing.json`, p => p.diagnostics.length > 0);
        expect(problem.diagnostics[0].message).toBe('cannot read the file: no such file');
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, settings(''));
        await session.diagnostics(uri, p => p.diagnostics.map(d => d.severity).join() === '3');
    });
});
