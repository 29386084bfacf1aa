/** The three formats of `itsm diff`: stylish (terminal), json (versioned), markdown (a pull-request comment). */
import type { ChangeKind, DiffChange } from './changes.js';

export interface DiffSideSummary {
    label: string;
    files: number;
    errors: number;
    warnings: number;
}

export interface DiffReport {
    base: DiffSideSummary;
    head: DiffSideSummary;
    changes: DiffChange[];
}

/** Bumped when the json shape changes. */
export const DIFF_JSON_VERSION = 1;

export const DIFF_FORMATS = ['stylish', 'json', 'markdown'] as const;
export type DiffFormat = typeof DIFF_FORMATS[number];

const KINDS: ChangeKind[] = ['tightened', 'loosened', 'added', 'removed', 'renamed', 'moved', 'changed'];

export function diffSummary(changes: DiffChange[]) {
    const byKind = Object.fromEntries(KINDS.map(kind => [kind, changes.filter(c => c.kind === kind).length])) as Record<ChangeKind, number>;
    return {
        changes: changes.length,
        warnings: changes.filter(c => c.risk === 'warning').length,
        info: changes.filter(c => c.risk === 'info').length,
        byKind,
    };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function headline(report: DiffReport): string {
    const { changes, warnings, info } = diffSummary(report.changes);
    return changes === 0 ? 'no semantic changes' : `${plural(changes, 'change')} (${plural(warnings, 'warning')}, ${info} info)`;
}

export function formatDiff(format: DiffFormat, report: DiffReport, color = false): string {
    switch (format) {
        case 'json': return formatDiffJson(report);
        case 'markdown': return formatDiffMarkdown(report);
        default: return formatDiffStylish(report, color);
    }
}

export function formatDiffJson(report: DiffReport): string {
    return JSON.stringify({
        version: DIFF_JSON_VERSION,
        base: report.base,
        head: report.head,
        summary: diffSummary(report.changes),
        changes: report.changes,
    }, null, 2) + '\n';
}

const ANSI = { yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

/** Grouped by definition, like `itsm validate`'s stylish output is by file. */
export function formatDiffStylish(report: DiffReport, color: boolean): string {
    const paint = (style: keyof typeof ANSI, text: string) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
    const lines: string[] = [paint('gray', `${report.base.label} → ${report.head.label}`), ''];
    let current: string | undefined;
    for (const change of report.changes) {
        const id = `${change.definition.kind} ${change.definition.name}`;
        if (id !== current) {
            if (current !== undefined) lines.push('');
            const where = change.definition.source ? paint('gray', `  ${change.definition.source.file}:${change.definition.source.line}`) : '';
            lines.push(`${paint('underline', id)}${where}`);
            current = id;
        }
        const risk = paint(change.risk === 'warning' ? 'yellow' : 'blue', change.risk.padEnd(7));
        lines.push(`  ${risk}  ${change.kind.padEnd(9)}  ${change.message}`);
    }
    if (report.changes.length > 0) lines.push('');
    const { warnings } = diffSummary(report.changes);
    const mark = report.changes.length === 0 ? '✔' : warnings > 0 ? paint('yellow', '⚠') : 'ℹ';
    lines.push(paint('bold', `${mark} ${headline(report)}`));
    return lines.join('\n') + '\n';
}

/** Marks the comment so that a CI step can find and update it instead of adding another. */
export const MARKDOWN_MARKER = '<!-- itsm-diff -->';

export function formatDiffMarkdown(report: DiffReport): string {
    const warnings = report.changes.filter(c => c.risk === 'warning');
    const others = report.changes.filter(c => c.risk !== 'warning');
    const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
    const table = (changes: DiffChange[]) => [
        '| Kind | Definition | Change |',
        '| --- | --- | --- |',
        ...changes.map(c => `| ${c.kind} | ${c.definition.kind} ${code(c.definition.name)} | ${cell(c.message)} |`),
    ];
    const lines = [
        MARKDOWN_MARKER,
        '### Catalogue changes',
        '',
        `**${headline(report)}** — ${code(report.base.label)} → ${code(report.head.label)}`,
    ];
    const broken = [report.base, report.head].filter(side => side.errors > 0);
    if (broken.length > 0) {
        lines.push(...broken.flatMap(side => ['', `> ${code(side.label)} has ${plural(side.errors, 'validation error')}; run \`itsm validate\` on it — the diff compares what it could resolve.`]));
    }
    if (warnings.length > 0) lines.push('', `#### ⚠️ ${plural(warnings.length, 'warning')}`, '', ...table(warnings));
    if (others.length > 0) lines.push('', `#### ${warnings.length > 0 ? 'Other changes' : 'Changes'} (${others.length})`, '', ...table(others));
    return lines.join('\n') + '\n';
}
