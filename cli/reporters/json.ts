/** `--format json`: the versioned machine-readable report of shared/cli.md. */
import type { ValidationReport } from './report.js';
import { summarise } from '../validation-run.js';

export function formatJson(report: ValidationReport): string {
    return JSON.stringify({
        version: 1,
        summary: summarise(report.fileCount, report.findings),
        diagnostics: report.findings,
    }, null, 2) + '\n';
}
