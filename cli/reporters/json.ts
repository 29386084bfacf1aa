/** `--format json`: the versioned machine-readable report of shared/cli.md. */
import { summarise, type ValidationReport } from './report.js';

export function formatJson(report: ValidationReport): string {
    return JSON.stringify({
        version: 1,
        summary: summarise(report.fileCount, report.findings),
        diagnostics: report.findings,
    }, null, 2) + '\n';
}
