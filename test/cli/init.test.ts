import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsm } from './run-cli.js';

describe('itsm init', () => {
    it('writes a config that points at the shipped schema and an example that validates clean', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-init-'));
        const run = await itsm(['init'], dir);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('wrote itsm.config.json\nwrote services.itsm\nNext: itsm validate\n');
        const config = JSON.parse(readFileSync(path.join(dir, 'itsm.config.json'), 'utf8'));
        expect(existsSync(path.resolve(dir, config.$schema))).toBe(true);
        const validate = await itsm(['validate', '--format', 'json'], dir);
        expect(validate.code).toBe(0);
        const report = JSON.parse(validate.stdout);
        expect(report.diagnostics.filter((d: { severity: string }) => d.severity !== 'hint')).toEqual([]);
    });

    it('refuses to overwrite existing files unless --force', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-init-'));
        writeFileSync(path.join(dir, 'services.itsm'), 'team Mine {}\n');
        const run = await itsm(['init'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("itsm: 'services.itsm' already exists; use --force to overwrite\n");
        expect(readFileSync(path.join(dir, 'services.itsm'), 'utf8')).toBe('team Mine {}\n');
        expect(existsSync(path.join(dir, 'itsm.config.json'))).toBe(false);
        expect((await itsm(['init', '--force'], dir)).code).toBe(0);
        expect(readFileSync(path.join(dir, 'services.itsm'), 'utf8')).toContain('service Intranet');
    });

    it('writes into a named folder', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-init-'));
        expect((await itsm(['init', 'catalogue'], dir)).code).toBe(0);
        expect(existsSync(path.join(dir, 'catalogue/services.itsm'))).toBe(true);
    });
});
