import { GrammarUtils } from 'langium';
import type { PriorityMatrix } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * Every impact row needs one priority per urgency column, in column order.
 * Impact levels exist only as rows, so a missing row cannot be told apart
 * from an impact level the organisation does not use; a matrix without any
 * row is reported. A row with more cells than columns is reported too: the
 * extra priorities belong to no urgency.
 */
function checkMatrix(matrix: PriorityMatrix, { report }: RuleContext): void {
    const urgencies = matrix.urgencies.map(u => u.name);
    if (urgencies.length === 0) return;
    if (matrix.rows.length === 0) {
        report({
            node: matrix,
            property: 'name',
            message: `Priority matrix ${matrix.name} has no impact rows, so no impact × urgency cell has a priority`,
            data: { matrix: matrix.name, missing: 'rows' },
        });
        return;
    }
    const columns = `${urgencies.length} urgency ${urgencies.length === 1 ? 'level' : 'levels'} (${urgencies.join(', ')})`;
    for (const row of matrix.rows) {
        const count = row.cells.length;
        if (count < urgencies.length) {
            const missing = urgencies.slice(count);
            report({
                node: row,
                message: `Row impact ${row.name} has ${count} ${count === 1 ? 'priority' : 'priorities'} for ${columns}: ` +
                    `no priority for urgency ${missing.join(', ')}`,
                data: { matrix: matrix.name, impact: row.name, missingUrgencies: missing },
            });
        } else if (count > urgencies.length) {
            const cells = GrammarUtils.findNodesForProperty(row.$cstNode, 'cells');
            const extra = cells.slice(urgencies.length);
            const range = extra.length > 0 ? { start: extra[0].range.start, end: extra[extra.length - 1].range.end } : undefined;
            const names = row.cells.slice(urgencies.length).map(c => c.$refText);
            report({
                node: row,
                range,
                message: `Row impact ${row.name} has ${count} priorities for ${columns}: ` +
                    `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} in no urgency column`,
                data: { matrix: matrix.name, impact: row.name, extraCells: names },
            });
        }
    }
}

export const priorityMatrixIncomplete = defineRule({
    code: 'priority-matrix-incomplete',
    severity: 'error',
    category: 'priorities-calendars',
    description: 'An impact × urgency cell of a priority matrix has no priority (or a row has more cells than urgency columns).',
    checks: {
        PriorityMatrix: checkMatrix,
    },
});
