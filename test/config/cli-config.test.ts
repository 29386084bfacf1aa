import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsm } from '../cli/run-cli.js';

/** A workspace whose one finding is `sla-availability-out-of-range` (an error). */
function workspace(config?: unknown, extra: Record<string, string> = {}): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-config-'));
    mkdirSync(path.join(dir, 'catalogue'));
    writeFileSync(path.join(dir, 'catalogue/a.itsm'), 'service S { availability 120% }\n');
    if (config !== undefined) writeFileSync(path.join(dir, 'itsm.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
    for (const [name, text] of Object.entries(extra)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

const codes = (stdout: string) => JSON.parse(stdout).diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);

describe('the CLI reads itsm.config.json', () => {
    it('uses the defaults without a config file', async () => {
        const run = await itsm(['validate', 'catalogue', '--format', 'json'], workspace());
        expect(run.code).toBe(1);
        expect(codes(run.stdout)).toEqual(['sla-availability-out-of-range:error']);
    });

    it('finds the config upwards from the first path and applies its levels', async () => {
        const dir = workspace({ rules: { 'sla-availability-out-of-range': 'warning' } });
        const run = await itsm(['validate', '.', '--format', 'json'], path.join(dir, 'catalogue'));
        expect(codes(run.stdout)).toEqual(['sla-availability-out-of-range:warning']);
        expect(run.code).toBe(0);
    });

    it('turns a rule off', async () => {
        const run = await itsm(['validate', 'catalogue', '--format', 'json'], workspace({ rules: { 'sla-availability-out-of-range': 'off' } }));
        expect(codes(run.stdout)).toEqual([]);
        expect(run.code).toBe(0);
    });

    it('takes an explicit --config over the nearest one', async () => {
        const dir = workspace({ rules: { 'sla-availability-out-of-range': 'off' } }, {
            'strict/itsm.json': JSON.stringify({ rules: { 'sla-availability-out-of-range': 'info' } }),
        });
        const run = await itsm(['validate', 'catalogue', '--format', 'json', '--config', 'strict/itsm.json'], dir);
        expect(codes(run.stdout)).toEqual(['sla-availability-out-of-range:info']);
    });

    it('exits 2 naming the file, line, column, key and allowed values for an invalid config', async () => {
        const dir = workspace('{\n  "rules": { "sla-availability-out-of-range": "loud" }\n}\n');
        const run = await itsm(['validate', 'catalogue'], dir);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe("itsm: invalid config file itsm.config.json:2:47: rules.sla-availability-out-of-range: 'loud' is not a level; allowed values: off, hint, info, warning, error\n");
    });

    it('exits 2 for a config that is not JSON, and for a --config that does not exist', async () => {
        const broken = await itsm(['validate', 'catalogue'], workspace('{ rules: }'));
        expect(broken.code).toBe(2);
        expect(broken.stderr).toMatch(/^itsm: invalid config file itsm\.config\.json:1:3: not valid JSON: /);
        const missing = await itsm(['validate', 'catalogue', '--config', 'nope.json'], workspace());
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('nope.json:1:1: cannot read the file: no such file');
    });

    it('leaves out excluded folders and keeps to the included globs', async () => {
        const dir = workspace({ exclude: ['catalogue/drafts'] }, { 'catalogue/drafts/wip.itsm': 'service {' });
        const run = await itsm(['validate', '.', '--format', 'json'], dir);
        expect(JSON.parse(run.stdout).summary.files).toBe(1);
        const only = await itsm(['validate', '.', '--format', 'json'], workspace({ include: ['nothing/**/*.itsm'] }));
        expect(only.code).toBe(2);
        expect(only.stderr).toContain('no .itsm files found');
    });
});
