import type { Agreement } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { agreementLabel, agreementMatrix, matricesDeclaring, yieldedLevels } from './agreement-targets.js';

/**
 * A target for a priority that is declared but that no impact × urgency cell
 * produces, so no ticket ever has it. The matrix is the agreement's own; an
 * agreement that names none may use any matrix declaring the name, and is
 * reported only when none of them yields it. Matrices without impact rows are
 * left to priority-matrix-incomplete; undeclared names to unresolved-reference.
 */
function checkAgreement(agreement: Agreement, { report, services }: RuleContext): void {
    const source = agreementMatrix(agreement);
    if (source.kind === 'unresolved') return;
    for (const target of agreement.targets) {
        const level = target.priority?.ref;
        if (!level) continue;
        const candidates = (source.kind === 'named' ? [source.matrix] : matricesDeclaring(level.name, services))
            .filter(matrix => matrix.rows.length > 0);
        if (candidates.length === 0) continue;
        const yields = (matrix: typeof candidates[number]) =>
            [...yieldedLevels(matrix, services)].some(l => l.name === level.name);
        if (candidates.some(yields)) continue;
        const names = candidates.map(m => m.name);
        const yielded = candidates.length === 1
            ? ` (it yields ${candidates[0].levels.filter(l => yieldedLevels(candidates[0], services).has(l)).map(l => l.name).join(', ') || 'none'})`
            : '';
        report({
            node: target,
            property: 'priority',
            message: `${agreementLabel(agreement)} sets a target for ${level.name}, but no impact × urgency cell of ` +
                `${names.join(' or ')} yields ${level.name}${yielded}, so no ticket is ever given that priority`,
            data: { agreement: agreement.name, priority: level.name, matrices: names },
        });
    }
}

export const slaUnknownPriority = defineRule({
    code: 'sla-unknown-priority',
    severity: 'error',
    category: 'service-level',
    description: 'An agreement sets a target for a priority its priority matrix never yields.',
    checks: {
        Sla: checkAgreement,
        Ola: checkAgreement,
        UnderpinningContract: checkAgreement,
    },
});
