/** `itsm diff` on pairs of folders: every change kind, renames, formats and exit codes. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsmDiff } from '../fixtures/diff/run-diff.js';

const root = path.resolve(__dirname, '../..');
const fixture = (name: string) => `test/fixtures/diff/${name}`;

interface JsonChange { kind: string; risk: string; definition: { kind: string; name: string }; field?: string; message: string; old?: unknown; new?: unknown; unit?: string }

async function changesOf(head: string, base = 'base'): Promise<JsonChange[]> {
    const run = await itsmDiff([fixture(base), fixture(head), '--format', 'json'], root);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout).changes as JsonChange[];
}

const brief = (changes: JsonChange[]) => changes.map(c => `${c.risk} ${c.kind} ${c.definition.name}: ${c.message}`);

describe('itsm diff: change kinds', () => {
    it('finds no changes between a catalogue and itself', async () => {
        const run = await itsmDiff([fixture('base'), fixture('base')], root);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('✔ no semantic changes');
        expect(await changesOf('base')).toEqual([]);
    });

    it('loosened: SLA targets and availabilities, in normalised units, as warnings; the ceiling they move', async () => {
        const changes = await changesOf('loosened');
        expect(brief(changes)).toEqual([
            'warning loosened demo.Network: Network availability lowered 99.95% → 99.8%',
            'warning moved demo.Web: Web availability ceiling (what its dependencies allow) moved 99.95% → 99.8%, below its availability 99.9%',
            'warning loosened demo.Gold: Gold availability lowered 99.9% → 99.5%',
            'warning loosened demo.Gold: Gold P1 resolution loosened 4h → 8h',
        ]);
        expect(changes[3]).toMatchObject({ field: 'targets.P1.resolve', old: 14400, new: 28800, unit: 'seconds' });
        expect(changes[2]).toMatchObject({ field: 'availability', old: 99.9, new: 99.5, unit: 'percent' });
    });

    it('tightened: info, and an SLA target its OLA no longer underpins is a warning', async () => {
        expect(brief(await changesOf('tightened'))).toEqual([
            'info tightened demo.Web: Web availability raised 99.9% → 99.92%',
            'info tightened demo.Gold: Gold P2 response tightened 1h → 30m',
            'warning removed demo.Gold: Gold P2 response 30m no longer underpinned by OpsOLA, whose P2 response is 1h',
        ]);
    });

    it('added and removed: definitions, owners (a warning), underpinning agreements and new targets nothing underpins', async () => {
        expect(brief(await changesOf('added-removed'))).toEqual([
            'info added demo.Mail: service Mail added',
            'info removed demo.Network: Network support removed (was Desk)',
            'warning removed demo.Web: Web owner removed (was Ops)',
            'info removed demo.Web: Web support removed (was Desk)',
            'info removed demo.Gold: Gold underpinned by: OpsOLA removed',
            'warning removed demo.Gold: Gold P1 response, P1 resolution, P2 response, P2 resolution no longer underpinned by OpsOLA (removed from `underpinned by`)',
            'info added demo.Silver: SLA Silver added',
            'warning added demo.Silver: Silver (new): P1 response, P1 resolution not underpinned by any OLA or UC',
            'info removed demo.Desk: team Desk removed',
        ]);
        // The reverse direction: the SLA and the team come back, the owner is set.
        const reverse = brief(await changesOf('base', 'added-removed'));
        expect(reverse).toContain('info removed demo.Silver: SLA Silver removed'.replace('info', 'warning'));
        expect(reverse).toContain('info added demo.Web: Web owner set to Ops');
        expect(reverse).toContain('info added demo.Desk: team Desk added');
    });

    it('renamed across files: one change, and references to the old name are not reported', async () => {
        const changes = await changesOf('renamed');
        expect(brief(changes)).toEqual([
            'info renamed demo.Operations: team Ops renamed to Operations (and moved from catalogue.itsm to people.itsm)',
        ]);
        expect(changes[0]).toMatchObject({ old: 'demo.Ops', new: 'demo.Operations', definition: { kind: 'team' } });
    });

    it('renamed and edited at the same place: a rename plus its field changes', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-diff-'));
        const text = readFileSync(path.join(root, fixture('base/catalogue.itsm')), 'utf8')
            .replace('ola OpsOLA {', 'ola OperationsOLA {').replace(/by OpsOLA/, 'by OperationsOLA')
            .replace('provider Ops\n  priorities Simple\n  hours Always\n  P1 { response 15m  resolve 4h }', 'provider Ops\n  priorities Simple\n  hours Always\n  P1 { response 10m  resolve 4h }');
        writeFileSync(path.join(folder, 'catalogue.itsm'), text);
        const run = await itsmDiff([fixture('base'), folder, '-f', 'json'], root);
        expect(brief(JSON.parse(run.stdout).changes)).toEqual([
            'info renamed demo.OperationsOLA: OLA OpsOLA renamed to OperationsOLA',
            'info tightened demo.OperationsOLA: OperationsOLA P1 response tightened 15m → 10m',
        ]);
    });

    it('an approval removed from a path to implementation: the approval and the bypass it opens, as warnings', async () => {
        expect(brief(await changesOf('approvals'))).toEqual([
            'warning removed demo.NormalChange: NormalChange: approval by CAB removed from state Authorize',
            'warning removed demo.NormalChange: NormalChange: Implement is now reachable without approval: New → Assess → Authorize → Implement',
        ]);
        expect(brief(await changesOf('base', 'approvals'))).toEqual([
            'info added demo.NormalChange: NormalChange: approval by CAB added to state Authorize',
            'info tightened demo.NormalChange: NormalChange: Implement now needs an approval on every path (was reachable by New → Assess → Authorize → Implement)',
        ]);
    });

    it('changed and moved: values, matrix cells, and a definition moved to another file', async () => {
        expect(brief(await changesOf('changed'))).toEqual([
            'info added demo.Network: Network tier set to 1',
            'info changed demo.Ops: Ops email changed "ops@demo.example" → "operations@demo.example"',
            'info moved demo.Always: calendar Always moved from catalogue.itsm to calendars.itsm',
            'info changed demo.Simple: Simple: impact low × urgency high changed P2 → P1',
        ]);
    });

    it('workflow states and transitions', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-diff-'));
        const text = readFileSync(path.join(root, fixture('base/catalogue.itsm')), 'utf8')
            .replace('    Closed     final\n', '    Review\n    Closed     final\n    Canceled   final\n')
            .replace('Implement -> Closed', 'Implement -> Review -> Closed\n  * -> Canceled');
        writeFileSync(path.join(folder, 'catalogue.itsm'), text);
        const run = await itsmDiff([fixture('base'), folder, '-f', 'json'], root);
        expect(brief(JSON.parse(run.stdout).changes)).toEqual([
            'info added demo.NormalChange: NormalChange: state Review added',
            'info added demo.NormalChange: NormalChange: state Canceled added (final)',
            'info removed demo.NormalChange: NormalChange: transition Implement -> Closed removed',
            'info added demo.NormalChange: NormalChange: transition Implement -> Review added',
            'info added demo.NormalChange: NormalChange: transition Review -> Closed added',
            'info added demo.NormalChange: NormalChange: transition * -> Canceled added',
        ]);
    });
});

describe('itsm diff: formats and exit codes', () => {
    it('markdown: a summary line, warnings first, then the rest (golden)', async () => {
        const run = await itsmDiff([fixture('base'), fixture('added-removed'), '--format', 'markdown'], root);
        expect(run.code).toBe(0);
        const golden = path.join(root, fixture('golden/added-removed.md'));
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, run.stdout);
        expect(run.stdout).toBe(readFileSync(golden, 'utf8'));
    });

    it('stylish (golden)', async () => {
        const run = await itsmDiff([fixture('base'), fixture('loosened')], root);
        const golden = path.join(root, fixture('golden/loosened.txt'));
        if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, run.stdout);
        expect(run.stdout).toBe(readFileSync(golden, 'utf8'));
    });

    it('json: versioned, with both sides and a summary', async () => {
        const run = await itsmDiff([fixture('base'), fixture('approvals'), '--format', 'json'], root);
        const report = JSON.parse(run.stdout);
        expect(report.version).toBe(1);
        expect(report.base).toEqual({ label: 'test/fixtures/diff/base', files: 1, errors: 0, warnings: 0 });
        expect(report.head).toMatchObject({ label: 'test/fixtures/diff/approvals', files: 1, errors: 2 });
        expect(report.summary).toMatchObject({ changes: 2, warnings: 2, info: 0, byKind: { removed: 2, loosened: 0 } });
        expect(run.stderr).toContain('test/fixtures/diff/approvals has 2 validation errors');
    });

    it('--fail-on warning exits 1 only when a warning exists; --output writes the report', async () => {
        expect((await itsmDiff([fixture('base'), fixture('loosened'), '--fail-on', 'warning'], root)).code).toBe(1);
        expect((await itsmDiff([fixture('base'), fixture('changed'), '--fail-on', 'warning'], root)).code).toBe(0);
        expect((await itsmDiff([fixture('base'), fixture('changed'), '--fail-on', 'info'], root)).code).toBe(1);
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'itsm-diff-')), 'report', 'diff.md');
        const run = await itsmDiff([fixture('base'), fixture('loosened'), '-f', 'markdown', '-o', out], root);
        expect(run.stdout).toBe('');
        expect(readFileSync(out, 'utf8')).toContain('<!-- itsm-diff -->');
    });

    it('a single file on each side', async () => {
        const run = await itsmDiff([fixture('base/catalogue.itsm'), fixture('approvals/catalogue.itsm'), '-f', 'json'], root);
        expect(JSON.parse(run.stdout).summary.warnings).toBe(2);
    });

    it('exits 2 for usage errors', async () => {
        const one = await itsmDiff([fixture('base')], root);
        expect(one.code).toBe(2);
        expect(one.stderr).toContain('diff needs a base and a head');
        expect((await itsmDiff([fixture('base'), 'no/such/folder'], root)).code).toBe(2);
        expect((await itsmDiff([fixture('base'), fixture('base'), '--format', 'yaml'], root)).code).toBe(2);
        expect((await itsmDiff([fixture('base'), fixture('base'), '--fail-on', 'error'], root)).code).toBe(2);
        expect((await itsmDiff(['--head', 'HEAD', fixture('base')], root)).code).toBe(2);
        const empty = mkdtempSync(path.join(tmpdir(), 'itsm-diff-'));
        mkdirSync(path.join(empty, 'a'));
        mkdirSync(path.join(empty, 'b'));
        const none = await itsmDiff(['a', 'b'], empty);
        expect(none.code).toBe(2);
        expect(none.stderr).toContain('no .itsm files found on either side');
    });
});
