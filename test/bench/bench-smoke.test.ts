/**
 * Smoke test of the performance benchmark (docs/performance.md): the
 * generated workload is a realistic catalogue that validates clean, and the
 * harness produces every figure. Figures are printed, never compared with
 * the targets: CI machines are too noisy for that.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const generator = path.join(root, 'bench/generate-workload.mjs');

beforeAll(() => {
    if (!existsSync(path.join(root, 'out/cli.cjs')) || !existsSync(path.join(root, 'out/server.cjs'))) {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root });
    }
});

function generate(lines: number, ...extra: string[]): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-bench-'));
    execFileSync(process.execPath, [generator, '--lines', String(lines), '--out', dir, ...extra], { encoding: 'utf8' });
    return dir;
}

function validate(dir: string) {
    let stdout: string;
    try {
        stdout = execFileSync(process.execPath, [path.join(root, 'out/cli.cjs'), 'validate', dir, '--format', 'json'], { encoding: 'utf8' });
    } catch (error) {
        stdout = (error as { stdout: string }).stdout; // exit code 1: findings; shown by the assertion below
    }
    return JSON.parse(stdout) as { summary: Record<string, number>; diagnostics: Array<{ file: string; line: number; code: string; message: string }> };
}

const describeFindings = (report: ReturnType<typeof validate>) =>
    report.diagnostics.slice(0, 10).map(d => `${d.file}:${d.line} ${d.code} ${d.message}`);

function itsmFiles(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.itsm')).sort();
}

describe('benchmark workload', () => {
    it('a 1k-line workspace spread over files validates with no errors and no warnings', () => {
        const dir = generate(1000);
        const files = itsmFiles(dir);
        const lines = files.reduce((sum, f) => sum + readFileSync(path.join(dir, f), 'utf8').split('\n').length - 1, 0);
        expect(files.length).toBeGreaterThan(5);
        expect(lines).toBeGreaterThan(800);
        expect(lines).toBeLessThan(1300);
        const report = validate(dir);
        expect(describeFindings(report)).toEqual([]);
        expect(report.summary.errors).toBe(0);
        expect(report.summary.warnings).toBe(0);
    });

    it('a single-file workspace validates clean too', () => {
        const dir = generate(3000, '--single-file');
        expect(itsmFiles(dir)).toEqual(['catalogue.itsm']);
        const report = validate(dir);
        expect(describeFindings(report)).toEqual([]);
    });

    it('is deterministic from the seed', () => {
        const read = (dir: string) => itsmFiles(dir).map(f => readFileSync(path.join(dir, f), 'utf8')).join('\n');
        const a = read(generate(2000, '--seed', '7'));
        expect(read(generate(2000, '--seed', '7'))).toBe(a);
        expect(read(generate(2000, '--seed', '8'))).not.toBe(a);
    });
});

describe('benchmark harness', () => {
    it('measures every figure at the smallest size (fast mode)', () => {
        const work = mkdtempSync(path.join(tmpdir(), 'itsm-bench-run-'));
        const out = path.join(work, 'results.json');
        const table = execFileSync(process.execPath,
            [path.join(root, 'bench/run-bench.mjs'), '--sizes', '1k', '--fast', '--no-build', '--work', work, '--out', out],
            { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        console.log(table);
        const results = JSON.parse(readFileSync(out, 'utf8'));
        const size = results.sizes['1k'];
        const figures: Record<string, unknown> = {
            'cli.wallMs': size.cli.wallMs,
            'cli.maxRssMb': size.cli.maxRssMb,
            ...Object.fromEntries(['read', 'parse', 'index', 'link', 'validate'].map(p => [`cli.phasesMs.${p}`, size.cli.phasesMs?.[p]])),
            'baseline.wallMs': size.baseline.wallMs,
            'baseline.maxRssMb': size.baseline.maxRssMb,
            'ratio.wall': size.ratio.wall,
            ...Object.fromEntries(['firstDiagnosticsMs', 'editOwnP50Ms', 'editOwnP95Ms', 'editDependantsP50Ms', 'editDependantsP95Ms',
                'editWorkspaceP50Ms', 'editWorkspaceP95Ms',
                'completionP50Ms', 'completionP95Ms', 'rssAfterBuildMb', 'rssAfterEditsMb', 'rssGrowthPercent']
                .map(name => [`lsp.${name}`, size.lsp?.[name]])),
        };
        const notFinite = Object.entries(figures).filter(([, value]) => typeof value !== 'number' || !Number.isFinite(value));
        expect(notFinite).toEqual([]);
        expect(size.cli.findings.errors + size.cli.findings.warnings).toBe(0);
    }, 240_000);
});
