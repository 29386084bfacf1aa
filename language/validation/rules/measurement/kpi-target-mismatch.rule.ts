import type { KpiTarget } from '../../../generated/ast.js';
import { measureShape, measureText, targetValueKind } from '../../../analysis/kpi.js';
import { defineRule, type RuleContext } from '../../rule.js';

const VALUE_WORDS = { percent: 'a percentage', duration: 'a duration' } as const;
const DIRECTION_WORDS = { '>=': 'at least (>=)', '<=': 'at most (<=)' } as const;

/**
 * A target whose value or direction does not fit what the KPI measures:
 * shares of events (within a target, availability, success) are percentages
 * that should be at least the target, a restore time a duration that should
 * be at most it; and a percentage cannot pass 100.
 */
function checkTarget(target: KpiTarget, { report }: RuleContext): void {
    const kpi = target.$container;
    const shape = measureShape(kpi.measure);
    const measured = measureText(kpi.measure);
    const kind = targetValueKind(target);
    if (shape && kind && kind !== shape.value) {
        report({
            node: target,
            property: kind === 'percent' ? 'percent' : 'duration',
            message: `KPI ${kpi.name} measures ${measured}, so its target is ${VALUE_WORDS[shape.value]}, not ${VALUE_WORDS[kind]}`,
            data: { kpi: kpi.name, expectedValue: shape.value },
        });
        return;
    }
    if (target.percent !== undefined && target.percent > 100) {
        report({ node: target, property: 'percent', message: `KPI ${kpi.name} targets ${target.percent}%, more than 100%`, data: { kpi: kpi.name } });
    }
    if (shape && target.direction && target.direction !== shape.direction) {
        report({
            node: target,
            property: 'direction',
            message: `KPI ${kpi.name} measures ${measured}, where more is ${shape.direction === '>=' ? 'better' : 'worse'}: ` +
                `its target is ${DIRECTION_WORDS[shape.direction]}, write \`${shape.direction}\``,
            data: { kpi: kpi.name, expectedDirection: shape.direction },
        });
    }
}

export const kpiTargetMismatch = defineRule({
    code: 'kpi-target-mismatch',
    severity: 'error',
    category: 'measurement',
    description: 'A KPI\'s target is the wrong kind of value or points the wrong way for what it measures.',
    checks: { KpiTarget: checkTarget },
});
