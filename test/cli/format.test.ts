import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsm } from './run-cli.js';

/** examples/acme's files, counted so that the example can grow. */
const ACME_FILES = readdirSync(path.resolve(__dirname, '../../examples/acme')).filter(f => f.endsWith('.itsm')).length;

const root = path.resolve(__dirname, '../..');

function copyOfAcme(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-format-'));
    cpSync(path.join(root, 'examples/acme'), dir, { recursive: true });
    return dir;
}

describe('itsm format', () => {
    it('--check exits 0 on examples/acme and changes nothing', async () => {
        const dir = copyOfAcme();
        const before = readFileSync(path.join(dir, 'cmdb.itsm'), 'utf8');
        const run = await itsm(['format', '--check', '.'], dir);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(`${ACME_FILES} files already formatted\n`);
        expect(readFileSync(path.join(dir, 'cmdb.itsm'), 'utf8')).toBe(before);
    });

    it('--check exits 1 after one line\'s indentation is broken, names the file, and leaves it as it was', async () => {
        const dir = copyOfAcme();
        const file = path.join(dir, 'cmdb.itsm');
        const broken = readFileSync(file, 'utf8').replace('\n  owner Infrastructure\n', '\n      owner Infrastructure\n');
        writeFileSync(file, broken);
        const run = await itsm(['format', '--check', '.'], dir);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe(`not formatted: cmdb.itsm\n1 of ${ACME_FILES} files would be reformatted; run itsm format\n`);
        expect(readFileSync(file, 'utf8')).toBe(broken);
    });

    it('rewrites unformatted files in place with the same layout the editor uses', async () => {
        const dir = copyOfAcme();
        const file = path.join(dir, 'cmdb.itsm');
        const original = readFileSync(file, 'utf8');
        writeFileSync(file, original.replace('\n  owner Infrastructure\n', '\n      owner Infrastructure\n'));
        const run = await itsm(['format', 'cmdb.itsm'], dir);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('formatted cmdb.itsm\n1 of 1 files changed\n');
        expect(readFileSync(file, 'utf8')).toBe(original);
    });

    it('exits 2 for a file with syntax errors and does not touch it', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-format-'));
        writeFileSync(path.join(dir, 'bad.itsm'), 'team T {\n  email\n}\n');
        const run = await itsm(['format', '.'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('itsm: bad.itsm:3:1: syntax error, not formatted (run itsm validate for details)\n');
        expect(readFileSync(path.join(dir, 'bad.itsm'), 'utf8')).toBe('team T {\n  email\n}\n');
    });
});
