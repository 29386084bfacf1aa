import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsm } from './run-cli.js';

const root = path.resolve(__dirname, '../..');

describe('itsm generate', () => {
    it('writes the json target into --out, with identical bytes on a second run and from another folder', async () => {
        const out = mkdtempSync(path.join(tmpdir(), 'itsm-gen-'));
        const run = await itsm(['generate', '--target', 'json', '--out', out, 'examples/acme'], root);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('1 file for target json');
        const first = readFileSync(path.join(out, 'catalogue.json'));
        const again = await itsm(['generate', '-t', 'json', '-o', out, 'acme'], path.join(root, 'examples'));
        expect(again.code).toBe(0);
        expect(readFileSync(path.join(out, 'catalogue.json')).equals(first)).toBe(true);
    });

    it('refuses to generate from a catalogue with errors (exit 1), unless --force', async () => {
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'itsm-gen-')), 'out');
        const refused = await itsm(['generate', '--target', 'json', '--out', out, 'test/fixtures/sketch'], root);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('itsm: not generating: 4 errors found (fix them, or use --force)');
        expect(existsSync(out)).toBe(false);
        const forced = await itsm(['generate', '--target', 'json', '--out', out, '--force', 'test/fixtures/sketch'], root);
        expect(forced.code).toBe(0);
        expect(existsSync(path.join(out, 'catalogue.json'))).toBe(true);
    });

    it('exits 2 for an unknown target, a missing --out, and an --out that is a file', async () => {
        expect((await itsm(['generate', '--target', 'nope', '--out', 'x', 'examples/acme'], root)).code).toBe(2);
        expect((await itsm(['generate', '--target', 'json', 'examples/acme'], root)).code).toBe(2);
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'itsm-gen-')), 'file');
        writeFileSync(file, 'keep');
        const run = await itsm(['generate', '--target', 'json', '--out', file, 'examples/acme'], root);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('is not a folder');
        expect(readFileSync(file, 'utf8')).toBe('keep');
    });
});

describe('itsm generate --mapping', () => {
    it('passes a checked mapping file to the target (Cherwell IDs replace names, no warnings left)', async () => {
        const out = mkdtempSync(path.join(tmpdir(), 'itsm-gen-'));
        const run = await itsm(['generate', '--target', 'cherwell', '--out', out, '--mapping', 'test/fixtures/cherwell-mapping.json', 'examples/acme'], root);
        expect(run.code).toBe(0);
        const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
        expect(manifest.warnings).toEqual([]);
        const unmapped = mkdtempSync(path.join(tmpdir(), 'itsm-gen-'));
        await itsm(['generate', '--target', 'cherwell', '--out', unmapped, 'examples/acme'], root);
        expect(JSON.parse(readFileSync(path.join(unmapped, 'manifest.json'), 'utf8')).warnings.length).toBeGreaterThan(0);
    });

    it('exits 2 for a mapping that does not fit the target, and for a target that takes none', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-gen-'));
        writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ businessObjects: 42 }));
        const bad = await itsm(['generate', '--target', 'cherwell', '--out', path.join(dir, 'out'), '--mapping', path.join(dir, 'bad.json'), 'examples/acme'], root);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('invalid mapping file');
        const none = await itsm(['generate', '--target', 'json', '--out', path.join(dir, 'out'), '--mapping', path.join(dir, 'bad.json'), 'examples/acme'], root);
        expect(none.code).toBe(2);
        expect(none.stderr).toContain("target 'json' takes no mapping file");
    });
});
