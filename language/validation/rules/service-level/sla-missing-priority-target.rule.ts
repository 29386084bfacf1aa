import type { Agreement } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { agreementLabel, agreementMatrix, yieldedLevels } from './agreement-targets.js';

/**
 * An agreement that names its priority matrix must set a target for every
 * priority that matrix yields; one finding per agreement, on its
 * `priorities` reference, listing the priorities without a target. Without a
 * named matrix the set of priorities is not defined, so nothing is checked.
 */
function checkAgreement(agreement: Agreement, { report, services }: RuleContext): void {
    const source = agreementMatrix(agreement);
    if (source.kind !== 'named') return;
    const matrix = source.matrix;
    const yielded = yieldedLevels(matrix, services);
    const targeted = new Set(agreement.targets.map(t => t.priority?.$refText));
    const missing = matrix.levels.filter(level => yielded.has(level) && !targeted.has(level.name)).map(l => l.name);
    if (missing.length === 0) return;
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`;
    report({
        node: agreement,
        property: 'matrix',
        message: `${agreementLabel(agreement)} sets no target for ${list}, although its matrix ${matrix.name} gives tickets ` +
            `${missing.length === 1 ? 'that priority' : 'those priorities'}; such tickets have no response or resolution target`,
        data: { agreement: agreement.name, matrix: matrix.name, missing },
    });
}

export const slaMissingPriorityTarget = defineRule({
    code: 'sla-missing-priority-target',
    severity: 'warning',
    category: 'service-level',
    description: 'The agreement\'s priority matrix yields a priority the agreement sets no target for.',
    checks: {
        Sla: checkAgreement,
        Ola: checkAgreement,
        UnderpinningContract: checkAgreement,
    },
});
