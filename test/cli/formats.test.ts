import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../cli/reporters/github.js';
import { escapeXml, formatJunit } from '../../cli/reporters/junit.js';
import { RULES } from '../../language/validation/index.js';
import { itsm } from './run-cli.js';

const root = path.resolve(__dirname, '../..');
const multitoolDir = path.join(root, 'node_modules/@microsoft/sarif-multitool-linux');
const sarifSchema = JSON.parse(readFileSync(path.join(multitoolDir, 'sarif-2.1.0.json'), 'utf8'));

async function sketchJson() {
    return JSON.parse((await itsm(['validate', 'test/fixtures/sketch', '--format', 'json'], root)).stdout);
}

describe('--format sarif', () => {
    it('validates against the SARIF 2.1.0 schema and lists every finding with rule, level and 1-based region', async () => {
        const run = await itsm(['validate', 'test/fixtures/sketch', '--format', 'sarif'], root);
        expect(run.code).toBe(1);
        const log = JSON.parse(run.stdout);
        const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(sarifSchema);
        expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        const [runLog] = log.runs;
        expect(runLog.tool.driver.name).toBe('itsm');
        expect(runLog.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map(r => r.code));
        for (const rule of runLog.tool.driver.rules) expect(rule.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
        const expected = (await sketchJson()).diagnostics;
        expect(runLog.results).toHaveLength(expected.length);
        expect(runLog.results[0]).toMatchObject({
            ruleId: expected[0].code,
            level: expected[0].severity === 'error' ? 'error' : expect.any(String),
            message: { text: expected[0].message },
            locations: [{ physicalLocation: {
                artifactLocation: { uri: expected[0].file, uriBaseId: '%SRCROOT%' },
                region: { startLine: expected[0].line, startColumn: expected[0].column, endLine: expected[0].endLine, endColumn: expected[0].endColumn },
            } }],
        });
        expect(runLog.results[0].locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^(\/|file:)/);
    });

    it('passes Microsoft\'s SARIF validator (sarif-multitool validate) without errors or warnings', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-sarif-'));
        const input = path.join(dir, 'report.sarif');
        const output = path.join(dir, 'validation.sarif');
        writeFileSync(input, (await itsm(['validate', 'test/fixtures/sketch', '--format', 'sarif'], root)).stdout);
        execFileSync(path.join(multitoolDir, 'Sarif.Multitool'), ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning'], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
        const findings = JSON.parse(readFileSync(output, 'utf8')).runs[0].results
            .map((r: { ruleId: string; level?: string; message: { id?: string; text?: string } }) => `${r.level ?? 'warning'} ${r.ruleId} ${r.message.id ?? r.message.text}`);
        expect(findings).toEqual([]);
    }, 60_000);
});

describe('--format junit', () => {
    it('is well-formed XML with one suite per file and one failure per error', async () => {
        const run = await itsm(['validate', 'test/fixtures/sketch', '--format', 'junit'], root);
        expect(XMLValidator.validate(run.stdout)).toBe(true);
        const xml = new XMLParser({ ignoreAttributes: false, isArray: name => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(run.stdout);
        const suites = xml.testsuites.testsuite;
        expect(suites.map((s: Record<string, string>) => s['@_name'])).toEqual(['test/fixtures/sketch/acme.itsm', 'test/fixtures/sketch/shared.itsm']);
        const failures = suites.flatMap((s: { testcase: Array<{ failure?: unknown[] }> }) => s.testcase.flatMap(c => c.failure ?? []));
        const errors = (await sketchJson()).diagnostics.filter((d: { severity: string }) => d.severity === 'error');
        expect(failures).toHaveLength(errors.length);
        expect(xml.testsuites['@_failures']).toBe(String(errors.length));
        expect(failures[0]['@_type']).toBe(errors[0].code);
    });

    it('escapes markup and drops characters XML cannot carry', () => {
        expect(escapeXml('a < b & "c" > \'d\'\u0001')).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
        const xml = formatJunit({
            fileCount: 1,
            findings: [{ file: 'x&y.itsm', line: 1, column: 2, endLine: 1, endColumn: 3, severity: 'error', code: 'invalid-value', message: 'bad <value> "x" & \u0007' },
                { file: 'x&y.itsm', line: 2, column: 1, endLine: 2, endColumn: 2, severity: 'warning', code: 'invalid-value', message: 'a ]]> warning' }],
        }, { files: ['x&y.itsm'], activeRules: ['invalid-value'] });
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).toContain('message="bad &lt;value&gt; &quot;x&quot; &amp; "');
        expect(xml).toContain('<system-out>x&amp;y.itsm:2:1 warning a ]]&gt; warning</system-out>');
    });
});

describe('--format github', () => {
    it('prints one workflow command per finding with position and code', async () => {
        const run = await itsm(['validate', 'test/fixtures/sketch', '--format', 'github'], root);
        const lines = run.stdout.trim().split('\n');
        const expected = (await sketchJson()).diagnostics;
        expect(lines).toHaveLength(expected.length);
        const first = expected[0];
        expect(lines[0]).toBe(`::${first.severity === 'error' ? 'error' : first.severity === 'warning' ? 'warning' : 'notice'} file=${first.file},line=${first.line},col=${first.column},endLine=${first.endLine},endColumn=${first.endColumn},title=${first.code}::${escapeData(first.message)}`);
    });

    it('escapes data and properties as the runner requires', () => {
        expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
        expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    });
});

describe('--output', () => {
    it('writes the report to the file (creating its folder) and nothing to stdout', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-out-'));
        const run = await itsm(['validate', path.join(root, 'examples/acme'), '--format', 'json', '--output', 'reports/itsm.json'], dir);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        expect(JSON.parse(readFileSync(path.join(dir, 'reports/itsm.json'), 'utf8')).summary.errors).toBe(0);
        expect(readdirSync(path.join(dir, 'reports'))).toEqual(['itsm.json']);
    });

    it('exits 2 when the output path is a folder, leaving it untouched', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'itsm-out-'));
        mkdirSync(path.join(dir, 'taken'));
        writeFileSync(path.join(dir, 'taken/keep.txt'), 'keep');
        const run = await itsm(['validate', path.join(root, 'examples/acme'), '--output', 'taken'], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("cannot write 'taken'");
        expect(readdirSync(path.join(dir, 'taken'))).toEqual(['keep.txt']);
        expect(existsSync(path.join(dir, 'taken/keep.txt'))).toBe(true);
    });
});
