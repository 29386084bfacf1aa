/**
 * Files and folders the user cannot read or write. File modes do not bind
 * root, so when the tests run as root (as in CI) the built CLI runs as
 * `nobody` through `setpriv`; as any other user it runs as that user.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = path.resolve(__dirname, '../../out/cli.cjs');
const asRoot = process.getuid?.() === 0;
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
    const [command, prefix] = asRoot ? ['setpriv', [...NOBODY, process.execPath]] : [process.execPath, []];
    const result = spawnSync(command, [...prefix, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Whether the CLI can run as an unprivileged user here (setpriv present, the checkout readable by nobody). */
function canRunUnprivileged(): boolean {
    if (!existsSync(cli)) return false;
    return run(['--version'], tmpdir()).code === 0;
}

const folders: string[] = [];
afterAll(() => {
    for (const folder of folders) {
        chmodSync(folder, 0o755);
        for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
            if (entry.isDirectory()) chmodSync(path.join(entry.parentPath, entry.name), 0o755);
        }
        rmSync(folder, { recursive: true, force: true });
    }
});

/** A folder any user may enter and write, with the given files. */
function scratch(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-perm-'));
    folders.push(dir);
    chmodSync(dir, 0o777);
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true, mode: 0o777 });
        writeFileSync(path.join(dir, name), content, { mode: 0o666 });
    }
    return dir;
}

describe.skipIf(!canRunUnprivileged())('the CLI without permission', () => {
    it('exits 2 for a file it cannot read, naming it', () => {
        const dir = scratch({ 'locked.itsm': 'team T {}\n' });
        chmodSync(path.join(dir, 'locked.itsm'), 0o000);
        const result = run(['validate', 'locked.itsm'], dir);
        expect(result.stderr).toBe("itsm: cannot read 'locked.itsm': permission denied\n");
        expect(result.code).toBe(2);
    });

    it('exits 2 for a folder below the one given that it cannot list, rather than skip its files', () => {
        const dir = scratch({ 'ok/a.itsm': 'team A {}\n', 'secret/b.itsm': 'team B {}\n', 'c.itsm': 'team C {}\n' });
        chmodSync(path.join(dir, 'secret'), 0o000);
        for (const command of [['validate', '.'], ['format', '--check', '.'], ['generate', '--target', 'json', '--out', 'out', '.']]) {
            const result = run(command, dir);
            expect(result.stderr, command.join(' ')).toBe("itsm: cannot read folder 'secret': permission denied\n");
            expect(result.stdout, command.join(' ')).toBe('');
            expect(result.code, command.join(' ')).toBe(2);
        }
        expect(existsSync(path.join(dir, 'out'))).toBe(false);
    });

    it('exits 2 for the folder given itself, and counts the other folders it cannot list', () => {
        const dir = scratch({ 'x/a.itsm': 'team A {}\n', 'y/b.itsm': 'team B {}\n', 'z/c.itsm': 'team C {}\n' });
        for (const name of ['x', 'y', 'z']) chmodSync(path.join(dir, name), 0o000);
        expect(run(['validate', 'x'], dir).stderr).toBe("itsm: cannot read folder 'x': permission denied\n");
        expect(run(['validate'], dir).stderr).toBe("itsm: cannot read folder 'x': permission denied (and 2 more folders)\n");
    });

    it('does not mind a folder it cannot list when the config excludes it', () => {
        const dir = scratch({ 'itsm.config.json': JSON.stringify({ exclude: ['private'] }), 'ok/a.itsm': 'team A {}\n', 'private/b.itsm': 'team B {}\n' });
        chmodSync(path.join(dir, 'private'), 0o000);
        const result = run(['validate', '--format', 'json'], dir);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout).summary.files).toBe(1);
    });

    it('exits 2 for an --out folder it cannot write, leaving the old output as it was', () => {
        const dir = scratch({ 'a.itsm': 'team A {}\n' });
        expect(run(['generate', '--target', 'json', '--out', 'out', 'a.itsm'], dir).code).toBe(0);
        const before = readdirSync(path.join(dir, 'out'), { recursive: true }).map(String).sort();
        const old = readFileSync(path.join(dir, 'out', before.find(f => f.endsWith('.json'))!), 'utf8');
        writeFileSync(path.join(dir, 'a.itsm'), 'team A {}\nteam B {}\n');
        for (const entry of ['', ...before]) {
            const full = path.join(dir, 'out', entry);
            if (!entry || !entry.endsWith('.json')) chmodSync(full, 0o555);
        }
        const result = run(['generate', '--target', 'json', '--out', 'out', 'a.itsm'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^itsm: cannot write into '.*out': permission denied\n$/);
        expect(readdirSync(path.join(dir, 'out'), { recursive: true }).map(String).sort()).toEqual(before);
        expect(readFileSync(path.join(dir, 'out', before.find(f => f.endsWith('.json'))!), 'utf8')).toBe(old);
    });
});
