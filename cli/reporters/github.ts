/**
 * `--format github`: GitHub Actions workflow commands, one line per finding,
 * escaped as the runner expects (data: %, CR, LF; properties also : and ,).
 */
import type { Severity } from '../../language/validation/rule.js';
import type { ValidationReport } from './report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: ValidationReport): string {
    return report.findings.map(f =>
        `::${COMMAND[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(f.code)}::${escapeData(f.message)}\n`,
    ).join('');
}
