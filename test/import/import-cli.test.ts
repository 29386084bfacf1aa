/**
 * `itsm import`: hand-written Backstage and ServiceNow fixtures (unknown
 * kinds and fields, dangling references, name collisions, reserved words),
 * malformed input (exit 2 with file:line:col) and unsafe output folders.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsm } from '../cli/run-cli.js';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/import');

async function importInto(from: string, fixture: string) {
    const out = mkdtempSync(path.join(tmpdir(), 'itsm-import-'));
    const run = await itsm(['import', '--from', from, '--out', out, path.join('test/fixtures/import', fixture)], ROOT);
    const files = run.code === 0 ? readdirSync(out).filter(f => f.endsWith('.itsm')) : [];
    const text = files.map(f => readFileSync(path.join(out, f), 'utf8')).join('\n');
    return { run, out, files, text };
}

async function errorsOf(folder: string) {
    const validate = await itsm(['validate', '--format', 'json', folder]);
    return (JSON.parse(validate.stdout).diagnostics as Array<{ code: string; severity: string; message: string }>).filter(d => d.severity === 'error');
}

describe('import --from backstage (a hand-written catalog)', () => {
    it('maps Group, System, Component and Resource; notes API, Domain, unknown kinds and documents that are not entities', async () => {
        const { run, files, text } = await importInto('backstage', 'backstage-plain.yaml');
        expect(run.code, run.stderr).toBe(0);
        expect(files).toEqual(['catalogue.itsm']);
        expect(text).toMatch(/team platform \{\n {2}email "platform@example\.com"\n {2}description "Platform engineering"\n\}/);
        expect(text).toMatch(/service Payments \{\n {2}kind business\n {2}owner platform\n {2}depends on platform_2\n/);
        // Component: technical, lifecycle experimental → pipeline; resources realize it, components are dependencies.
        expect(text).toMatch(/service platform_2 \{\n {2}kind technical\n {2}status pipeline\n {2}owner platform\n {2}depends on ledger\n {2}realized by db-01\n\}/);
        expect(text).toContain('ci class Database');
        expect(text).toMatch(/ci db-01: Database \{\n {2}owner platform\n\}/);
        expect(text).toContain('API payments-api (test/fixtures/import/backstage-plain.yaml:58): APIs have no construct');
        expect(text).toContain('Domain commerce (test/fixtures/import/backstage-plain.yaml:68)');
        expect(text).toContain('Template new-service (test/fixtures/import/backstage-plain.yaml:75): kind Template has no construct');
        expect(text).toContain('backstage-plain.yaml:81: a document that is not a catalog entity');
        expect(text).toContain('// spec.providesApis has no place in the catalogue');
        expect(text).toContain('// spec.lifecycle beta is not a status of the language');
    });

    it('makes names valid and unique: a reserved word gets `_`, a second `platform` in the package gets `_2`', async () => {
        const { text } = await importInto('backstage', 'backstage-plain.yaml');
        expect(text).toMatch(/^service service_ \{/m);
        expect(text).toMatch(/^team platform \{/m);
        expect(text).toMatch(/^service platform_2 \{/m);
    });

    it('keeps references that point nowhere, so that validate reports them as unresolved-reference', async () => {
        const { out } = await importInto('backstage', 'backstage-plain.yaml');
        const errors = await errorsOf(out);
        expect(errors.map(e => `${e.code} ${e.message}`).sort()).toEqual([
            "unresolved-reference Unknown service 'ledger'.",
            "unresolved-reference Unknown team 'ghost-team'.",
        ]);
    });

    it('malformed YAML: exit 2 with file:line:col, nothing written', async () => {
        const { run, out } = await importInto('backstage', 'backstage-malformed.yaml');
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^itsm: test\/fixtures\/import\/backstage-malformed\.yaml:9:9: malformed YAML: /);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(readdirSync(out)).toEqual([]);
    });
});

describe('import --from servicenow (a Table API export)', () => {
    it('maps groups, services, offerings, CIs and relations; sys_id references as strings or {link, value}', async () => {
        const { run, text } = await importInto('servicenow', 'servicenow-export.json');
        expect(run.code, run.stderr).toBe(0);
        expect(text).toMatch(/team Network_Ops \{\n {2}lead "Ann Lee"\n {2}email "netops@example\.com"\n\}/);
        expect(text).toMatch(/service Online_Banking \{\n {2}kind business\n {2}status live\n {2}tier 1\n {2}owner Network_Ops\n {2}support Network_Ops\n {2}depends on DNS\n {2}realized by web-01\n {2}offering Online_Banking_Gold\n\}/);
        expect(text).toMatch(/ci class LinuxServer \{\n {2}attribute ip: ipv4\n {2}attribute os: string\n\}/);
        // The relation type is a sys_id of a cmdb_rel_type record in the export: Runs on::Runs.
        expect(text).toMatch(/ci web-01: LinuxServer \{\n {2}environment production\n {2}status operational\n {2}owner Network_Ops\n {2}ip 10\.0\.0\.1\n {2}os "Linux"\n {2}runs on esx-01\n {2}depends on db-gone\n\}/);
        // `web 01` would collide with nothing but is not a name; `web-01` is taken by the other CI.
        expect(text).toMatch(/ci web_01: LinuxServer \{\n {2}status decommissioned\n {2}ip 10\.0\.0\.2\n\}/);
        expect(text).toContain('result[12]: a record of table incident (x1) has no place in the catalogue');
        expect(text).not.toContain('u_custom_field');
    });

    it('keeps dangling references (by display value) for validate to report', async () => {
        const { out } = await importInto('servicenow', 'servicenow-export.json');
        const errors = await errorsOf(out);
        expect(errors.map(e => `${e.code} ${e.message}`).sort()).toEqual([
            "unresolved-reference Unknown CI 'db-gone'.",
            "unresolved-reference Unknown team 'Ghost_Group'.",
        ]);
    });

    it('malformed JSON and JSON that is not an export: exit 2 with file:line:col', async () => {
        const malformed = await importInto('servicenow', 'servicenow-malformed.json');
        expect(malformed.run.code).toBe(2);
        expect(malformed.run.stderr).toBe('itsm: test/fixtures/import/servicenow-malformed.json:3:40: malformed JSON: PropertyNameExpected\n');
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-import-in-'));
        writeFileSync(path.join(folder, 'records.json'), '{"records": []}');
        const wrong = await itsm(['import', '--from', 'servicenow', '--out', path.join(folder, 'out'), path.join(folder, 'records.json')]);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toMatch(/records\.json:1:1: not a Table API export/);
    });
});

describe('import: inputs and the output folder', () => {
    it('a missing input, an unknown --from, or an output folder that is a file: exit 2 with a message', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-import-bad-'));
        const missing = await itsm(['import', '--from', 'backstage', '--out', folder, path.join(folder, 'nope.yaml')]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain("nope.yaml': no such file");
        const unknown = await itsm(['import', '--from', 'jira', '--out', folder, 'x.yaml']);
        expect(unknown.code).toBe(2);
        writeFileSync(path.join(folder, 'file'), '');
        const notFolder = await itsm(['import', '--from', 'servicenow', '--out', path.join(folder, 'file'), path.join(FIXTURES, 'servicenow-export.json')]);
        expect(notFolder.code).toBe(2);
        expect(notFolder.stderr).toContain('is not a folder');
    });

    it('is deterministic: the same input gives the same bytes', async () => {
        const first = await importInto('servicenow', 'servicenow-export.json');
        const second = await importInto('servicenow', 'servicenow-export.json');
        expect(second.text).toBe(first.text);
        const formatted = await itsm(['format', '--check', first.out]);
        expect(formatted.code, formatted.stdout).toBe(0);
    });
});
