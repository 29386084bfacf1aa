/**
 * `itsm diff --base <rev>` in a temporary git repository: two commits of a
 * copy of examples/acme, the second loosening Gold's P1 resolution 4h → 8h
 * and removing `approval by CAB` from NormalChange's Authorize state.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { itsmDiff } from '../fixtures/diff/run-diff.js';

const root = path.resolve(__dirname, '../..');
let repo: string;
/** The example grows (continuity, processes …): count its files rather than fix a number. */
const ACME_FILES = readdirSync(path.join(root, 'examples/acme')).filter(f => f.endsWith('.itsm')).length;

function git(...args: string[]) {
    execFileSync('git', args, {
        cwd: repo, stdio: 'pipe',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: repo },
    });
}

function edit(file: string, from: string, to: string) {
    const full = path.join(repo, file);
    const text = readFileSync(full, 'utf8');
    if (!text.includes(from)) throw new Error(`'${from}' not in ${file}`);
    writeFileSync(full, text.replace(from, to));
}

beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'itsm-diff-git-'));
    git('init', '-q', '-b', 'main');
    cpSync(path.join(root, 'examples/acme'), path.join(repo, 'catalogue'), { recursive: true });
    writeFileSync(path.join(repo, 'README.md'), 'not a catalogue\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'acme');
    edit('catalogue/agreements.itsm', 'P1 { response 15m  resolve 4h }', 'P1 { response 15m  resolve 8h }');
    edit('catalogue/change.itsm', 'Authorize  approval by CAB', 'Authorize');
    git('commit', '-q', '-am', 'loosen Gold, drop the CAB');
});

const GOLD = 'acme.it.Gold P1 resolution loosened 4h → 8h';

describe('itsm diff --base <rev>', () => {
    it('markdown: both changes as warnings (the working tree is the head)', async () => {
        const run = await itsmDiff(['--base', 'HEAD~1', '--format', 'markdown'], repo);
        // The head has the errors `itsm validate` reports for a normal change without approval; the diff still runs.
        expect(run.stderr).toBe('itsm: working tree has 2 validation errors; run itsm validate on it; the diff compares what it could resolve\n');
        expect(run.code).toBe(0);
        const warnings = run.stdout.split('#### ⚠️')[1].split('####')[0];
        expect(warnings).toContain('| loosened | SLA `acme.it.Gold` | Gold P1 resolution loosened 4h → 8h |');
        expect(warnings).toContain('| removed | workflow `acme.it.NormalChange` | NormalChange: approval by CAB removed from state Authorize |');
        expect(warnings).toContain('NormalChange: Implement is now reachable without approval: New → Assess → Authorize → Scheduled → Implement');
        expect(run.stdout).toMatch(/`HEAD~1 \([0-9a-f]{7}\)` → `working tree`/);
    });

    it('json: the same warnings, with sources relative to the repository', async () => {
        const run = await itsmDiff(['--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', '--fail-on', 'warning'], repo);
        expect(run.code).toBe(1);
        const report = JSON.parse(run.stdout);
        expect(ACME_FILES).toBeGreaterThanOrEqual(6);
        expect(report.base).toMatchObject({ files: ACME_FILES, errors: 0 });
        expect(report.head).toMatchObject({ files: ACME_FILES, label: expect.stringMatching(/^HEAD \(/) });
        const warnings = report.changes.filter((c: { risk: string }) => c.risk === 'warning');
        expect(warnings.map((c: { definition: { name: string }; message: string }) => `${c.definition.name.replace(/\.[^.]*$/, '')}.${c.message}`))
            .toContain(`acme.it.${GOLD.replace('acme.it.', '')}`);
        expect(warnings).toContainEqual(expect.objectContaining({
            kind: 'loosened', field: 'targets.P1.resolve', old: 14400, new: 28800, unit: 'seconds',
            definition: { kind: 'SLA', name: 'acme.it.Gold', source: { file: 'catalogue/agreements.itsm', line: 5 } },
        }));
        expect(warnings).toContainEqual(expect.objectContaining({
            kind: 'removed', field: 'states.Authorize.approvals', old: 'acme.shared.CAB', definition: expect.objectContaining({ name: 'acme.it.NormalChange' }),
        }));
        expect(warnings).toContainEqual(expect.objectContaining({ kind: 'removed', field: 'approvalPath', definition: expect.objectContaining({ name: 'acme.it.NormalChange' }) }));
        expect(report.summary.warnings).toBe(warnings.length);
        expect(report.changes.filter((c: { definition: { name: string } }) => !['acme.it.Gold', 'acme.it.NormalChange'].includes(c.definition.name))).toEqual([]);
    });

    it('the working tree against HEAD, from a subfolder, limited to paths', async () => {
        edit('catalogue/services.itsm', 'availability 99.95%', 'availability 99.5%');
        try {
            const run = await itsmDiff(['--base', 'HEAD', '.', '-f', 'json'], path.join(repo, 'catalogue'));
            const messages = JSON.parse(run.stdout).changes.map((c: { message: string }) => c.message);
            expect(messages).toContain('Directory availability lowered 99.95% → 99.5%');
            expect(messages).toContain('Email availability ceiling (what its dependencies allow) moved 99.9499% → 99.4999%');
            const none = await itsmDiff(['--base', 'HEAD', 'agreements.itsm', '-f', 'json'], path.join(repo, 'catalogue'));
            expect(JSON.parse(none.stdout).base.files).toBe(1);
        } finally {
            git('checkout', '-q', '--', 'catalogue/services.itsm');
        }
    });

    it('exits 2 for an unknown revision and outside a repository', async () => {
        const unknown = await itsmDiff(['--base', 'no-such-branch'], repo);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain("unknown git revision 'no-such-branch'");
        const outside = await itsmDiff(['--base', 'HEAD'], mkdtempSync(path.join(tmpdir(), 'itsm-nogit-')));
        expect(outside.code).toBe(2);
        expect(outside.stderr).toContain('need a git repository');
    });
});
