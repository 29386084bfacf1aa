import type { PriorityLevel, PriorityMatrix } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

interface Cell {
    level: PriorityLevel;
    rank: number;
}

/**
 * Rows are listed highest impact first, urgency columns highest urgency first,
 * and priorities most urgent first. Stepping up one row (more impact) or one
 * column to the left (more urgency) must never reach a less urgent priority.
 * Checking neighbours is enough: a violation between any two cells of a row or
 * column implies one between some pair of neighbours. The finding is on the
 * cell that is reached by the step up and is less urgent than where it came
 * from; one finding per cell, naming both directions when both break.
 */
function checkMatrix(matrix: PriorityMatrix, { report }: RuleContext): void {
    const columns = matrix.urgencies.length;
    const grid: Array<Array<Cell | undefined>> = matrix.rows.map(row =>
        row.cells.slice(0, columns).map(reference => {
            const level = reference.ref;
            const rank = level ? matrix.levels.indexOf(level) : -1;
            return level && rank >= 0 ? { level, rank } : undefined;
        }));
    matrix.rows.forEach((row, r) => {
        grid[r].forEach((cell, c) => {
            if (!cell) return;
            const at = (rr: number, cc: number) => `impact ${matrix.rows[rr].name} × urgency ${matrix.urgencies[cc].name}`;
            const stricter: Array<{ cell: Cell; where: string; raised: 'impact' | 'urgency' }> = [];
            const lower = grid[r + 1]?.[c];
            if (lower && lower.rank < cell.rank) stricter.push({ cell: lower, where: at(r + 1, c), raised: 'impact' });
            const right = grid[r][c + 1];
            if (right && right.rank < cell.rank) stricter.push({ cell: right, where: at(r, c + 1), raised: 'urgency' });
            if (stricter.length === 0) return;
            const suggested = stricter.reduce((a, b) => (b.cell.rank < a.cell.rank ? b : a)).cell.level.name;
            report({
                node: row,
                property: 'cells',
                index: c,
                message: `${cell.level.name} at ${at(r, c)} is less urgent than ` +
                    stricter.map(s => `${s.cell.level.name} at ${s.where}`).join(' and ') +
                    `: raising ${stricter.map(s => s.raised).join(' or ')} must never lower the priority`,
                data: {
                    matrix: matrix.name, impact: row.name, urgency: matrix.urgencies[c].name,
                    priority: cell.level.name, suggested,
                },
            });
        });
    });
}

export const priorityMatrixNotMonotonic = defineRule({
    code: 'priority-matrix-not-monotonic',
    severity: 'warning',
    category: 'priorities-calendars',
    description: 'Raising impact or urgency in a priority matrix gives a less urgent priority.',
    checks: {
        PriorityMatrix: checkMatrix,
    },
});
