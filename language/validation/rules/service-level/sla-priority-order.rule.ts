import type { Agreement, Duration, PriorityMatrix, PriorityTarget } from '../../../generated/ast.js';
import { formatSeconds } from '../../../values/duration.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { agreementLabel, firstTargets } from './agreement-targets.js';

const FIELDS = { response: 'response', resolve: 'resolution' } as const;

interface Entry { target: PriorityTarget; priority: string; rank: number; duration: Duration & { seconds: number } }

/**
 * Priorities are ordered as the matrix declares them (`priorities P1, P2, …`,
 * most urgent first). For response and for resolution separately, a target
 * looser than the strictest target of some less urgent priority is reported
 * on its value, naming that priority. Targets are grouped by the matrix their
 * priority resolves to; duplicates after the first are ignored.
 */
function checkAgreement(agreement: Agreement, { report }: RuleContext): void {
    const byMatrix = new Map<PriorityMatrix, PriorityTarget[]>();
    for (const target of firstTargets(agreement)) {
        const level = target.priority?.ref;
        if (!level) continue;
        const matrix = level.$container;
        byMatrix.set(matrix, [...byMatrix.get(matrix) ?? [], target]);
    }
    for (const [matrix, targets] of byMatrix) {
        for (const field of ['response', 'resolve'] as const) {
            const entries: Entry[] = [];
            for (const target of targets) {
                const duration = target[field];
                if (duration?.seconds === undefined) continue;
                const level = target.priority.ref!;
                entries.push({ target, priority: level.name, rank: matrix.levels.indexOf(level), duration: duration as Entry['duration'] });
            }
            entries.sort((a, b) => a.rank - b.rank);
            // strictest[i]: the entry with the shortest duration among entries i.. (the first such, i.e. the most urgent).
            const strictest: Entry[] = [];
            for (let i = entries.length - 1; i >= 0; i--) {
                const next = strictest[i + 1];
                strictest[i] = next && next.duration.seconds < entries[i].duration.seconds ? next : entries[i];
            }
            for (let i = 0; i < entries.length - 1; i++) {
                const own = entries[i];
                const stricter = strictest[i + 1];
                if (own.duration.seconds <= stricter.duration.seconds) continue;
                report({
                    node: own.duration,
                    message: `${agreementLabel(agreement)} ${own.priority} ${FIELDS[field]} ${own.duration.text} is looser than ` +
                        `${stricter.priority}'s ${stricter.duration.text}; ${matrix.name} ranks ${own.priority} as more urgent, ` +
                        `so its target must be at least as strict`,
                    data: {
                        agreement: agreement.name, matrix: matrix.name, priority: own.priority, field,
                        lessUrgent: stricter.priority, ownSeconds: own.duration.seconds, lessUrgentSeconds: stricter.duration.seconds,
                        suggested: formatSeconds(stricter.duration.seconds),
                    },
                });
            }
        }
    }
}

export const slaPriorityOrder = defineRule({
    code: 'sla-priority-order',
    severity: 'warning',
    category: 'service-level',
    description: 'A more urgent priority has a looser response or resolution target than a less urgent one.',
    checks: {
        Sla: checkAgreement,
        Ola: checkAgreement,
        UnderpinningContract: checkAgreement,
    },
});
