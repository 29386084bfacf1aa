/**
 * sla-missing-priority-target: "Add targets for P3, P4" — one line per
 * priority the matrix yields but the agreement leaves out, placed in matrix
 * order among the existing targets and prefilled: an OLA or UC takes the
 * strictest target of the SLAs it underpins; otherwise a priority copies the
 * nearest more urgent target (else the nearest less urgent one), which keeps
 * the order the priorities must have; with no target at all, a default ladder.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { isAgreement, isUnderpinning, type Agreement, type PriorityTarget } from '../../generated/ast.js';
import type { ItsmServices } from '../../itsm-module.js';
import { firstTargets } from '../../validation/rules/service-level/agreement-targets.js';
import { defineCodeFix, enclosing, quickFix } from './codefix.js';
import { indentOf, insertAt, insertInBlock } from './text-edits.js';

/** Response and resolution by position in the matrix, when nothing else says. */
const LADDER: ReadonlyArray<[string, string]> = [['15m', '4h'], ['30m', '8h'], ['4h', '3d'], ['1d', '5d'], ['2d', '10d']];

type Values = { response?: string; resolve?: string };

function valuesOf(target: PriorityTarget | undefined): Values | undefined {
    if (!target || (!target.response && !target.resolve)) return undefined;
    return { response: target.response?.text, resolve: target.resolve?.text };
}

/** The strictest target per field of the SLAs an OLA or UC underpins, for one priority. */
function fromUnderpinnedSlas(agreement: Agreement, priority: string, services: ItsmServices): Values | undefined {
    if (!isUnderpinning(agreement)) return undefined;
    const values: Values = {};
    const best: { response?: number; resolve?: number } = {};
    for (const sla of services.references.WorkspaceRelations.slasUnderpinnedBy(agreement)) {
        const target = firstTargets(sla).find(t => t.priority?.$refText === priority);
        for (const field of ['response', 'resolve'] as const) {
            const seconds = target?.[field]?.seconds;
            if (seconds === undefined || (best[field] !== undefined && best[field]! <= seconds)) continue;
            best[field] = seconds;
            values[field] = target![field]!.text;
        }
    }
    return values.response || values.resolve ? values : undefined;
}

function targetLine(priority: string, values: Values): string {
    const fields = [values.response && `response ${values.response}`, values.resolve && `resolve ${values.resolve}`].filter(Boolean);
    return `${priority} { ${fields.join(' ')} }`;
}

export const addPriorityTargets = defineCodeFix({
    id: 'add-priority-targets',
    codes: ['sla-missing-priority-target'],
    fixes: context => {
        const agreement = enclosing(context, isAgreement);
        const matrix = agreement?.matrix?.ref;
        const missing = (context.data.missing as string[] | undefined) ?? [];
        if (!agreement || !matrix || missing.length === 0) return [];
        const { document, services } = context;
        const levels = matrix.levels.map(l => l.name);
        const existing = new Map(firstTargets(agreement).map(t => [t.priority?.$refText, t]));
        const block = agreement.$cstNode!.range;
        // Lines to insert, grouped by the existing target they go after (or before).
        const groups = new Map<PriorityTarget, { lines: string[]; after: boolean }>();
        const unanchored: string[] = [];
        for (const priority of levels.filter(l => missing.includes(l))) {
            const index = levels.indexOf(priority);
            const before = levels.slice(0, index).reverse().map(l => existing.get(l)).find(Boolean);
            const after = levels.slice(index + 1).map(l => existing.get(l)).find(Boolean);
            const [response, resolve] = LADDER[Math.min(index, LADDER.length - 1)];
            const values = fromUnderpinnedSlas(agreement, priority, services) ?? valuesOf(before) ?? valuesOf(after) ?? { response, resolve };
            const anchor = before ?? after;
            const line = targetLine(priority, values);
            if (!anchor?.$cstNode) {
                unanchored.push(line);
                continue;
            }
            const group = groups.get(anchor) ?? { lines: [], after: anchor === before };
            group.lines.push(line);
            groups.set(anchor, group);
        }
        const edits: TextEdit[] = [];
        for (const [anchor, { lines, after }] of groups) {
            const range = anchor.$cstNode!.range;
            // A target sharing its line with the agreement's first or last line gets its neighbours inline.
            if (after ? range.end.line === block.end.line : range.start.line === block.start.line) {
                edits.push(after ? insertAt(range.end, lines.map(l => ` ${l}`).join('')) : insertAt(range.start, lines.map(l => `${l} `).join('')));
            } else {
                const indent = indentOf(document, range.start.line);
                const text = lines.map(l => `${indent}${l}\n`).join('');
                edits.push(insertAt(after ? { line: range.end.line + 1, character: 0 } : { line: range.start.line, character: 0 }, text));
            }
        }
        if (unanchored.length > 0) {
            const edit = insertInBlock(document, agreement, unanchored, { after: agreement.matrix?.$refNode });
            if (edit) edits.push(edit);
        }
        if (edits.length === 0) return [];
        const title = `Add ${missing.length === 1 ? 'a target' : 'targets'} for ${missing.join(', ')}`;
        return [quickFix(context, title, edits, true)];
    },
});
