/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF
 * viewers. One run; every rule of the catalogue in `tool.driver.rules` with
 * its docs page as `helpUri`; results with relative URIs (resolved against
 * %SRCROOT%, the folder the command ran in) and 1-based regions.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import packageJson from '../../package.json' with { type: 'json' };
import { REPOSITORY_URL, ruleDocsUrl } from '../../language/docs-links.js';
import type { Severity } from '../../language/validation/rule.js';
import { RULES } from '../../language/validation/index.js';
import type { ValidationReport } from './report.js';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function ruleName(code: string): string {
    return code.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

export function formatSarif(report: ValidationReport, options: { cwd: string }): string {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.code, index]));
    const rules: Sarif.ReportingDescriptor[] = RULES.map(rule => ({
        id: rule.code,
        name: ruleName(rule.code),
        shortDescription: { text: rule.description },
        helpUri: ruleDocsUrl(rule.code),
        help: { text: `${rule.description} See ${ruleDocsUrl(rule.code)}`, markdown: `${rule.description} [Documentation](${ruleDocsUrl(rule.code)})` },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { category: rule.category, tags: ['itsm', rule.category] },
    }));
    const results: Sarif.Result[] = report.findings.map(finding => {
        const result: Sarif.Result = {
            ruleId: finding.code,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
                },
            }],
        };
        const index = ruleIndex.get(finding.code);
        if (index !== undefined) result.ruleIndex = index;
        return result;
    });
    const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'itsm',
                    version: packageJson.version,
                    semanticVersion: packageJson.version,
                    informationUri: REPOSITORY_URL,
                    rules,
                },
            },
            originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).href } },
            results,
            columnKind: 'utf16CodeUnits',
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
