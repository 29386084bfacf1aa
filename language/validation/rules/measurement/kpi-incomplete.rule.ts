import type { Kpi } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/** What a KPI lacks to be measured and reported; the first gap is reported, at the KPI's name. */
function gapOf(kpi: Kpi): string | undefined {
    if (!kpi.measure) return 'says nothing it measures: add `measures …` (e.g. `measures resolution within Gold P1`)';
    if (!kpi.target) return 'has no target: add `target >= 95% per month` or `target <= 4h per month`';
    if (kpi.measure.kind === 'restore' && !kpi.service) return 'measures restore time but names no service: add `service <Service>`';
    if (kpi.measure.kind === 'success' && !kpi.process) return 'measures success rate but names no process: add `process <Workflow>`';
    return undefined;
}

function checkKpi(kpi: Kpi, { report }: RuleContext): void {
    const gap = gapOf(kpi);
    if (gap) report({ node: kpi, property: 'name', message: `KPI ${kpi.name} ${gap}`, data: { kpi: kpi.name } });
}

export const kpiIncomplete = defineRule({
    code: 'kpi-incomplete',
    severity: 'error',
    category: 'measurement',
    description: 'A KPI without a measure or a target, or without the service or process its measure needs.',
    checks: { Kpi: checkKpi },
});
