/** Small Markdown builders shared by the hovers. */
import type { AstNode, Reference } from 'langium';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { DURATION_UNITS } from '../values/duration.js';
import { definitionLabel } from './completion-labels.js';

/** "**service** `acme.it.Email`", with an optional suffix after the name. */
export function heading(node: AstNode & { name?: string }, suffix = ''): string {
    const name = qualifiedNameOf(node) ?? node.name ?? '';
    return `**${definitionLabel(node.$type)}** \`${name}\`${suffix}`;
}

/** A bullet list of labelled facts; facts without a value are left out. */
export function facts(entries: Array<[label: string, value: string | number | undefined | false]>): string {
    return entries
        .filter(([, value]) => value !== undefined && value !== false && value !== '')
        .map(([label, value]) => `- **${label}:** ${value}`)
        .join('\n');
}

/** A Markdown table; cells have their pipes escaped. */
export function table(header: string[], rows: string[][]): string {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    return [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
    ].join('\n');
}

/** The names references resolve to (as written when they do not), or undefined when there are none. */
export function names(references: ReadonlyArray<Reference | undefined>, separator = ', '): string | undefined {
    const list = references.filter((r): r is Reference => !!r).map(r => (r.ref as { name?: string } | undefined)?.name ?? r.$refText);
    return list.length > 0 ? list.join(separator) : undefined;
}

/** A reference's target name, or its text when it does not resolve. */
export function nameOf(reference: Reference | undefined): string | undefined {
    if (!reference) return undefined;
    return (reference.ref as { name?: string } | undefined)?.name ?? reference.$refText;
}

/** "14,400 s" */
export function formatSecondsPlain(seconds: number): string {
    return `${seconds.toLocaleString('en-US')} s`;
}

const UNIT_WORDS: Record<string, [string, string]> = { m: ['minute', 'minutes'], h: ['hour', 'hours'], d: ['day', 'days'], w: ['week', 'weeks'] };

/** "4 hours", "1.5 days" */
export function durationWords(amount: number, unit: keyof typeof DURATION_UNITS): string {
    const [one, many] = UNIT_WORDS[unit];
    return `${amount} ${amount === 1 ? one : many}`;
}

/** A span of seconds in words: "43m 12s", "8h 45m 36s", "3d 15h 39m". */
export function formatSpan(totalSeconds: number): string {
    let rest = Math.round(totalSeconds);
    const parts: string[] = [];
    for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
        const amount = Math.floor(rest / size);
        rest -= amount * size;
        if (amount > 0) parts.push(`${amount}${unit}`);
    }
    return parts.slice(0, 3).join(' ') || '0s';
}

/** "3 services", "1 CI" */
export function count(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

/** Up to `max` names, then "and N more". */
export function listOf(items: readonly string[], max = 6): string | undefined {
    if (items.length === 0) return undefined;
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
