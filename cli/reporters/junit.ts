/**
 * `--format junit`: JUnit XML as GitLab and Jenkins render it. One
 * <testsuite> per file; per rule that ran, one passing <testcase>, or one
 * failing <testcase> per error (so each error shows up on its own, with its
 * position); warnings and lighter findings go to the rule's <system-out>.
 */
import { RULES } from '../../language/validation/index.js';
import type { Finding } from '../validation-run.js';
import type { ValidationReport } from './report.js';

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}

const where = (f: Finding) => `${f.file}:${f.line}:${f.column}`;

export function formatJunit(report: ValidationReport, options: { files: string[]; activeRules: string[] }): string {
    const byFile = new Map<string, Finding[]>(options.files.map(file => [file, []]));
    for (const finding of report.findings) byFile.get(finding.file)?.push(finding) ?? byFile.set(finding.file, [finding]);
    const ruleCodes = RULES.map(r => r.code).filter(code => options.activeRules.includes(code));
    const suites: string[] = [];
    let totalTests = 0;
    let totalFailures = 0;
    for (const [file, findings] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
        const cases: string[] = [];
        let failures = 0;
        const codes = [...new Set([...ruleCodes, ...findings.map(f => f.code)])];
        for (const code of codes) {
            const own = findings.filter(f => f.code === code);
            const errors = own.filter(f => f.severity === 'error');
            const others = own.filter(f => f.severity !== 'error');
            const out = others.length > 0
                ? `<system-out>${escapeXml(others.map(f => `${where(f)} ${f.severity} ${f.message}`).join('\n'))}</system-out>`
                : '';
            if (errors.length === 0) {
                cases.push(`    <testcase name="${escapeXml(code)}" classname="${escapeXml(file)}" file="${escapeXml(file)}">${out}</testcase>`);
                continue;
            }
            for (const error of errors) {
                failures++;
                cases.push(
                    `    <testcase name="${escapeXml(`${code} at ${error.line}:${error.column}`)}" classname="${escapeXml(file)}" file="${escapeXml(file)}" line="${error.line}">` +
                    `<failure message="${escapeXml(error.message)}" type="${escapeXml(code)}">${escapeXml(`${where(error)} ${error.message}`)}</failure>${out}</testcase>`);
            }
        }
        totalTests += cases.length;
        totalFailures += failures;
        suites.push(`  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="itsm validate" tests="${totalTests}" failures="${totalFailures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
