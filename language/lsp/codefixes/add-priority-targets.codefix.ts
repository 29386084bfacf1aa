/**
 * sla-missing-priority-target: "Add targets for P3, P4" — one line per
 * priority the matrix yields but the agreement leaves out, placed in matrix
 * order among the existing targets and prefilled: an OLA or UC takes the
 * strictest target of the SLAs it underpins; otherwise a priority copies the
 * nearest more urgent target (else the nearest less urgent one), which keeps
 * the order the priorities must have; with no target at all, a default ladder.
 */
import type { Position, TextEdit } from 'vscode-languageserver-types';
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
        const oneLine = agreement.$cstNode!.range.start.line === agreement.$cstNode!.range.end.line;
        // Lines to insert, grouped by where they go.
        const groups = new Map<string, { position: Position; lines: string[]; inline: boolean; indent: string }>();
        const fallbackLines: string[] = [];
        for (const priority of levels.filter(l => missing.includes(l))) {
            const index = levels.indexOf(priority);
            const before = levels.slice(0, index).reverse().map(l => existing.get(l)).find(Boolean);
            const after = levels.slice(index + 1).map(l => existing.get(l)).find(Boolean);
            const values = fromUnderpinnedSlas(agreement, priority, services) ?? valuesOf(before) ?? valuesOf(after)
                ?? { response: LADDER[Math.min(index, LADDER.length - 1)][0], resolve: LADDER[Math.min(index, LADDER.length - 1)][1] };
            const line = targetLine(priority, values);
            const anchor = before ?? after;
            if (!anchor?.$cstNode) {
                fallbackLines.push(line);
                continue;
            }
            const range = anchor.$cstNode.range;
            const position = oneLine ? (before ? range.end : range.start)
                : before ? { line: range.end.line + 1, character: 0 } : { line: range.start.line, character: 0 };
            const key = `${position.line}:${position.character}`;
            const group = groups.get(key) ?? { position, lines: [], inline: oneLine, indent: indentOf(document, range.start.line) };
            group.lines.push(line);
            groups.set(key, group);
        }
        const edits: TextEdit[] = [...groups.values()].map(g => g.inline
            ? insertAt(g.position, g.position === g.position && g.lines.map(l => ` ${l}`).join(''))
            : insertAt(g.position, g.lines.map(l => `${g.indent}${l}\n`).join('')));
        if (fallbackLines.length > 0) {
            const matrixNode = agreement.matrix?.$refNode;
            // Each line is added right after the `priorities` line; insert them last-first to keep the order.
            for (const line of [...fallbackLines].reverse()) {
                const edit = insertInBlock(document, agreement, line, { after: matrixNode });
                if (edit) edits.push(edit);
            }
        }
        if (edits.length === 0) return [];
        const title = `Add ${missing.length === 1 ? 'a target' : 'targets'} for ${missing.join(', ')}`;
        return [quickFix(context, title, edits, true)];
    },
});
