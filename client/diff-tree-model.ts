/**
 * What the "ITSM Changes" tree view shows for an `itsm/diff` result: one
 * node per definition (kind and name, its file and line, the highest risk of
 * its changes) with one child per change (the message, risk and kind), in
 * the server's order; clicking either opens the definition. No `vscode`
 * import: client/diff-view.ts turns these nodes into TreeItems, and tests
 * read this file directly.
 */
import type { DiffChangeAt, DiffResult } from '../language/lsp/requests/protocol.js';

export interface DiffTreeNode {
    label: string;
    description?: string;
    tooltip?: string;
    /** A codicon name: `warning`, `info`, or `pass` for "no changes". */
    icon: 'warning' | 'info' | 'pass' | 'error';
    /** Where clicking takes you (a 1-based line). */
    location?: { uri: string; line: number };
    children: DiffTreeNode[];
}

export function diffTree(result: DiffResult): DiffTreeNode[] {
    if (!result.ok) return [{ label: result.message, icon: 'error', children: [] }];
    if (result.changes.length === 0) {
        return [{ label: `No semantic changes against ${result.base.label}`, icon: 'pass', children: [] }];
    }
    const groups = new Map<string, DiffChangeAt[]>();
    for (const change of result.changes) {
        const key = `${change.definition.kind}\u0000${change.definition.name}`;
        groups.set(key, [...(groups.get(key) ?? []), change]);
    }
    return [...groups.values()].map(changes => {
        const { definition, location } = changes[0];
        const warnings = changes.filter(c => c.risk === 'warning').length;
        return {
            label: `${definition.kind} ${shortName(definition.name)}`,
            description: definition.source ? `${definition.source.file}:${definition.source.line}` : undefined,
            tooltip: `${definition.kind} ${definition.name}: ${changes.length} change${changes.length === 1 ? '' : 's'}${warnings ? `, ${warnings} to review` : ''}`,
            icon: warnings > 0 ? 'warning' : 'info',
            location,
            children: changes.map(change => ({
                label: change.message,
                description: `${change.risk} · ${change.kind}`,
                tooltip: change.field ? `${change.field}: ${change.message}` : change.message,
                icon: change.risk === 'warning' ? 'warning' : 'info',
                location: change.location,
                children: [],
            })),
        };
    });
}

/** The tree view's title line: `HEAD (1a2b3c4) → working tree: 3 changes, 2 warnings`. */
export function diffSummary(result: DiffResult): string {
    if (!result.ok) return result.message;
    const warnings = result.changes.filter(c => c.risk === 'warning').length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `${result.base.label} → ${result.head.label}: ${plural(result.changes.length, 'change')}, ${plural(warnings, 'warning')}`;
}

function shortName(qualified: string): string {
    return qualified.slice(qualified.lastIndexOf('.') + 1);
}
