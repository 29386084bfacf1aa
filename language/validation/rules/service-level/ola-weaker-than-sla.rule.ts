import type { Duration, PriorityTarget, Sla, Underpinning } from '../../../generated/ast.js';
import { formatSeconds } from '../../../values/duration.js';
import { defineRule, type RuleContext } from '../../rule.js';

type TargetField = 'response' | 'resolve';
const FIELD_WORDS: Record<TargetField, string> = { response: 'response', resolve: 'resolution' };

function targetFor(agreement: { targets: PriorityTarget[] }, priority: string): PriorityTarget | undefined {
    return agreement.targets.find(t => t.priority?.$refText === priority);
}

/**
 * Runs on the underpinning agreement, so the finding lands on its own looser
 * value; compares with the strictest SLA it underpins, one finding per value.
 */
function checkUnderpinning(agreement: Underpinning, { report, services }: RuleContext): void {
    const slas = services.references.WorkspaceRelations.slasUnderpinnedBy(agreement);
    if (slas.length === 0) return;
    for (const target of agreement.targets) {
        const priority = target.priority?.$refText;
        if (!priority) continue;
        for (const field of ['response', 'resolve'] as const) {
            const own = target[field];
            if (own?.seconds === undefined) continue;
            const strictest = strictestSla(slas, priority, field);
            if (!strictest || own.seconds <= strictest.duration.seconds!) continue;
            report({
                node: own,
                message: `${agreement.name} ${priority} ${FIELD_WORDS[field]} ${own.text} is looser than ` +
                    `${strictest.sla.name}'s ${strictest.duration.text}; an underpinning agreement must be at least as strict ` +
                    `as the SLA it supports`,
                data: {
                    priority, field, slas: slas.map(s => s.name),
                    sla: strictest.sla.name, slaSeconds: strictest.duration.seconds, ownSeconds: own.seconds,
                    suggested: formatSeconds(strictest.duration.seconds!),
                },
            });
        }
    }
}

function strictestSla(slas: readonly Sla[], priority: string, field: TargetField): { sla: Sla; duration: Duration } | undefined {
    let best: { sla: Sla; duration: Duration } | undefined;
    for (const sla of slas) {
        const duration = targetFor(sla, priority)?.[field];
        if (duration?.seconds === undefined) continue;
        if (!best || duration.seconds < best.duration.seconds!) best = { sla, duration };
    }
    return best;
}

export const olaWeakerThanSla = defineRule({
    code: 'ola-weaker-than-sla',
    severity: 'error',
    category: 'service-level',
    description: 'An OLA or underpinning contract has a looser response or resolution target than an SLA it underpins, for the same priority.',
    checks: {
        Ola: checkUnderpinning,
        UnderpinningContract: checkUnderpinning,
    },
});
