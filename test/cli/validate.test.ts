import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { itsm } from './run-cli.js';

const root = path.resolve(__dirname, '../..');

function scratch(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-cli-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
}

describe('itsm validate', () => {
    it('exits 0 with no diagnostics on examples/acme (json)', async () => {
        const run = await itsm(['validate', 'examples/acme', '--format', 'json'], root);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.version).toBe(1);
        const files = readdirSync(path.resolve(__dirname, '../../examples/acme')).filter(f => f.endsWith('.itsm')).length;
        expect(report.summary).toEqual({ files, errors: 0, warnings: 0, infos: 0, hints: 0 });
        expect(report.diagnostics).toEqual([]);
    });

    it('exits 1 on the sketch\'s mistakes, each error at its file, line and column', async () => {
        const run = await itsm(['validate', 'test/fixtures/sketch', '--format', 'json'], root);
        expect(run.code).toBe(1);
        const report = JSON.parse(run.stdout);
        const errors = report.diagnostics.filter((d: { severity: string }) => d.severity === 'error');
        expect(errors.map((d: Record<string, unknown>) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
            'test/fixtures/sketch/acme.itsm:179:17 ola-weaker-than-sla',
            'test/fixtures/sketch/acme.itsm:179:30 ola-weaker-than-sla',
            'test/fixtures/sketch/acme.itsm:180:17 ola-weaker-than-sla',
            'test/fixtures/sketch/acme.itsm:180:30 ola-weaker-than-sla',
        ]);
        expect(errors[0]).toMatchObject({ endLine: 179, endColumn: 20, message: expect.stringContaining("response 10m is looser than Platinum's 5m") });
        expect(report.summary.errors).toBe(4);
    });

    it('links every given file as one workspace: a reference across two file arguments resolves', async () => {
        const dir = scratch({
            'a.itsm': 'package p\nteam Ops {}\n',
            'b.itsm': 'package p\nservice S { owner Ops }\n',
        });
        expect((await itsm(['validate', 'a.itsm', 'b.itsm'], dir)).code).toBe(0);
        const alone = await itsm(['validate', 'b.itsm', '--format', 'json'], dir);
        expect(alone.code).toBe(1);
        expect(JSON.parse(alone.stdout).diagnostics[0]).toMatchObject({ file: 'b.itsm', line: 2, column: 19, code: 'unresolved-reference' });
    });

    it('reports syntax errors with position and the syntax-error code', async () => {
        const dir = scratch({ 'bad.itsm': 'team Ops {\n  email\n}\n' });
        const run = await itsm(['validate', '.', '--format', 'json'], dir);
        expect(run.code).toBe(1);
        const first = JSON.parse(run.stdout).diagnostics.find((d: { code: string }) => d.code === 'syntax-error');
        expect(first).toMatchObject({ file: 'bad.itsm', line: 3, column: 1, code: 'syntax-error', severity: 'error' });
        expect(first.message).toContain('a quoted string');
    });

    it('sorts diagnostics by file, line, column and code', async () => {
        const dir = scratch({
            'z.itsm': 'service A { owner Nobody }\n',
            'a.itsm': 'service B { support Nobody owner Nobody }\nservice C { owner Nobody }\n',
        });
        const run = await itsm(['validate', '.', '--format', 'json'], dir);
        const positions = JSON.parse(run.stdout).diagnostics.map((d: Record<string, unknown>) => `${d.file}:${d.line}:${d.column}`);
        expect(positions).toEqual(['a.itsm:1:21', 'a.itsm:1:34', 'a.itsm:2:19', 'z.itsm:1:19']);
    });

    it('prints the stylish format with file, line:column, severity, message and code', async () => {
        const run = await itsm(['validate', 'test/fixtures/sketch'], root);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('test/fixtures/sketch/acme.itsm\n');
        expect(run.stdout).toMatch(/ {2}179:17 +error +MessagingOLA P1 response 10m is looser than Platinum's 5m.* {2}ola-weaker-than-sla\n/);
        // The four warnings beyond the sketch's own mistakes: its live tier-1 services name no continuity plan.
        expect(run.stdout).toContain('✖ 11 problems (4 errors, 7 warnings) in 2 files');
        expect(run.stdout).not.toContain('\u001b[');
    });

    it('--quiet keeps errors only; --max-warnings turns warnings into exit 1', async () => {
        const dir = scratch({ 'a.itsm': 'service S { availability 120% }\n' });
        const quiet = await itsm(['validate', '.', '--quiet', '--format', 'json'], dir);
        expect(JSON.parse(quiet.stdout).diagnostics.every((d: { severity: string }) => d.severity === 'error')).toBe(true);
        const bad = await itsm(['validate', '.', '--max-warnings', 'many'], dir);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain("--max-warnings expects a whole number, not 'many'");
    });

    it('exits 2 with one clear line for a path that does not exist', async () => {
        const run = await itsm(['validate', 'no/such/place'], root);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("itsm: cannot read 'no/such/place': no such file or folder\n");
        expect(run.stdout).toBe('');
    });

    it('exits 2 for an unknown format and for an unknown option', async () => {
        const format = await itsm(['validate', 'examples/acme', '--format', 'xml'], root);
        expect(format.code).toBe(2);
        expect(format.stderr).toContain("argument 'xml' is invalid");
        expect((await itsm(['validate', '--frobnicate'], root)).code).toBe(2);
        expect((await itsm(['frobnicate'], root)).code).toBe(2);
    });

    it('exits 2 for a file that is not UTF-8 and for a folder without .itsm files', async () => {
        const dir = scratch({ 'latin1.itsm': Buffer.from([0x74, 0x65, 0x61, 0x6d, 0x20, 0xe9, 0x0a]) });
        const run = await itsm(['validate', 'latin1.itsm'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("itsm: cannot read 'latin1.itsm': the file is not UTF-8 text\n");
        const empty = scratch({ 'readme.txt': 'nothing here' });
        const none = await itsm(['validate'], empty);
        expect(none.code).toBe(2);
        expect(none.stderr).toContain('no .itsm files found');
    });

    it('exits 2 for a symbolic link loop', async () => {
        const dir = scratch({});
        symlinkSync(path.join(dir, 'b.itsm'), path.join(dir, 'a.itsm'));
        symlinkSync(path.join(dir, 'a.itsm'), path.join(dir, 'b.itsm'));
        const run = await itsm(['validate', 'a.itsm'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("itsm: cannot read 'a.itsm': too many levels of symbolic links\n");
    });

    it('accepts a byte order mark', async () => {
        const dir = scratch({ 'bom.itsm': '\ufeffteam T {}\n' });
        expect((await itsm(['validate', '.'], dir)).code).toBe(0);
    });

    it('prints --help and --version with exit 0', async () => {
        const help = await itsm(['validate', '--help'], root);
        expect(help.code).toBe(0);
        expect(help.stdout).toContain('--format <format>');
        const version = await itsm(['--version'], root);
        expect(version.code).toBe(0);
        expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });
});

describe('bin/itsm (the bundled command)', () => {
    beforeAll(() => {
        if (!existsSync(path.join(root, 'out/cli.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root });
    });

    it('runs from the bundle with the contract\'s exit codes and keeps stdout clean', () => {
        const ok = spawnSync(path.join(root, 'bin/itsm'), ['validate', 'examples/acme', '--format', 'json'], { cwd: root, encoding: 'utf8' });
        expect(ok.status).toBe(0);
        expect(JSON.parse(ok.stdout).summary.errors).toBe(0);
        expect(ok.stderr).toBe('');
        const bad = spawnSync(path.join(root, 'bin/itsm'), ['validate', 'test/fixtures/sketch', '--format', 'json'], { cwd: root, encoding: 'utf8' });
        expect(bad.status).toBe(1);
        expect(JSON.parse(bad.stdout).summary.errors).toBe(4);
        const missing = spawnSync(path.join(root, 'bin/itsm'), ['validate', 'missing'], { cwd: root, encoding: 'utf8' });
        expect(missing.status).toBe(2);
        expect(missing.stdout).toBe('');
        expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    });
});
