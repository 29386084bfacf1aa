/**
 * Column alignment for the tabular parts of the language, so that the
 * canonical layout reads like the tables designers write by hand:
 *
 *   urgency          high  medium  low        states {
 *   impact high   -> P1    P2      P3           New        initial
 *   impact low    -> P3    P4      P5           Authorize  approval by CAB
 *
 *   P1 { response 5m   resolve 1h }
 *   P2 { response 15m  resolve 4h }
 *
 * Each function returns the number of spaces to put before a unit.
 */
import type { ImpactRow, PriorityMatrix, PriorityTarget, State } from '../generated/ast.js';

const GAP = 2;

function textOf(node: { $cstNode?: { text: string } } | undefined): string {
    return node?.$cstNode?.text ?? '';
}

function refText(ref: { $refText?: string } | undefined): string {
    return ref?.$refText ?? '';
}

/** Widths of the matrix's columns: the urgency names and every row's cells. */
function matrixColumns(matrix: PriorityMatrix): { labelWidth: number; columns: number[] } {
    const labelWidth = Math.max(0, ...matrix.rows.map(row => row.name?.length ?? 0));
    const count = Math.max(matrix.urgencies.length, ...matrix.rows.map(row => row.cells.length));
    const columns: number[] = [];
    for (let i = 0; i < count; i++) {
        columns.push(Math.max(
            matrix.urgencies[i]?.name?.length ?? 0,
            ...matrix.rows.map(row => refText(row.cells[i]).length),
        ));
    }
    return { labelWidth, columns };
}

/** Column where the first cell starts, counted from the start of `impact`. */
function firstCellColumn(labelWidth: number): number {
    return 'impact '.length + labelWidth + ' -> '.length;
}

/** Spaces before the i-th urgency name of the header line. */
export function urgencySpacing(matrix: PriorityMatrix, index: number): number {
    const { labelWidth, columns } = matrixColumns(matrix);
    if (index === 0) return Math.max(1, firstCellColumn(labelWidth) - 'urgency'.length);
    return columns[index - 1] - (matrix.urgencies[index - 1]?.name?.length ?? 0) + GAP;
}

/** Spaces before `->` in a row. */
export function arrowSpacing(row: ImpactRow): number {
    const { labelWidth } = matrixColumns(row.$container);
    return labelWidth - (row.name?.length ?? 0) + 1;
}

/** Spaces before the i-th cell (i ≥ 1) of a row. */
export function cellSpacing(row: ImpactRow, index: number): number {
    const { columns } = matrixColumns(row.$container);
    return columns[index - 1] - refText(row.cells[index - 1]).length + GAP;
}

/** Spaces between a state's name and its first marker. */
export function stateMarkerSpacing(state: State): number {
    const workflow = state.$container;
    const width = Math.max(...workflow.states.map(s => s.name?.length ?? 0));
    return width - (state.name?.length ?? 0) + GAP;
}

/** Spaces before the `{` of a priority target: priority names padded to one width. */
export function targetBraceSpacing(target: PriorityTarget): number {
    const siblings = (target.$container as { targets: PriorityTarget[] }).targets;
    const width = Math.max(...siblings.map(t => refText(t.priority).length));
    return width - refText(target.priority).length + 1;
}

/** Spaces before the second entry (`resolve`) of a priority target: the first values padded to one width. */
export function targetSecondEntrySpacing(target: PriorityTarget): number {
    const siblings = (target.$container as { targets: PriorityTarget[] }).targets;
    const firstValue = (t: PriorityTarget) => textOf(t.response && t.resolve ? firstOf(t) : undefined);
    const width = Math.max(...siblings.map(t => firstValue(t).length));
    return width - firstValue(target).length + GAP;
}

/** The duration written first in the target (response or resolve). */
function firstOf(target: PriorityTarget) {
    const response = target.response?.$cstNode?.offset ?? Infinity;
    const resolve = target.resolve?.$cstNode?.offset ?? Infinity;
    return response < resolve ? target.response : target.resolve;
}
