/** `--format stylish`: eslint's human format, grouped by file, with a summary line. */
import type { ReportContext, ValidationReport } from './report.js';
import { summarise } from '../validation-run.js';

const ANSI = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

export function formatStylish(report: ValidationReport, { color }: Pick<ReportContext, 'color'>): string {
    const paint = (style: keyof typeof ANSI, text: string) => color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
    const severityColor = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' } as const;
    const lines: string[] = [];
    let currentFile: string | undefined;
    for (const finding of report.findings) {
        if (finding.file !== currentFile) {
            if (currentFile !== undefined) lines.push('');
            lines.push(paint('underline', finding.file));
            currentFile = finding.file;
        }
        const position = `${finding.line}:${finding.column}`.padEnd(8);
        const severity = paint(severityColor[finding.severity], finding.severity.padEnd(7));
        lines.push(`  ${paint('gray', position)} ${severity}  ${finding.message}  ${paint('gray', finding.code)}`);
    }
    const summary = summarise(report.fileCount, report.findings);
    const problems = report.findings.length;
    if (problems === 0) {
        return `${paint('bold', '✔')} ${report.fileCount} file${report.fileCount === 1 ? '' : 's'} checked, no problems\n`;
    }
    const parts = [
        `${summary.errors} error${summary.errors === 1 ? '' : 's'}`,
        `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`,
    ];
    if (summary.infos) parts.push(`${summary.infos} info`);
    if (summary.hints) parts.push(`${summary.hints} hint${summary.hints === 1 ? '' : 's'}`);
    const mark = summary.errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    lines.push('', paint('bold', `${mark} ${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${report.fileCount} file${report.fileCount === 1 ? '' : 's'}`));
    return lines.join('\n') + '\n';
}
