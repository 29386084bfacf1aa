import type { Kpi } from '../../../generated/ast.js';
import { agreementService } from '../../../analysis/kpi.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isRetired } from '../catalogue/lifecycle.js';

/** A KPI about a retired service, named by the KPI or through the SLA it measures; reported where it is named. */
function checkKpi(kpi: Kpi, { report }: RuleContext): void {
    const own = kpi.service?.ref;
    if (own && isRetired(own)) {
        report({ node: kpi, property: 'service', message: `KPI ${kpi.name} measures ${own.name}, which is retired`, data: { kpi: kpi.name, service: own.name } });
        return;
    }
    const measure = kpi.measure;
    const covered = agreementService(measure?.agreement?.ref);
    if (!own && measure && covered && isRetired(covered)) {
        report({
            node: measure,
            property: 'agreement',
            message: `KPI ${kpi.name} measures ${measure.agreement!.$refText}, the SLA of ${covered.name}, which is retired`,
            data: { kpi: kpi.name, service: covered.name },
        });
    }
}

export const kpiOnRetiredService = defineRule({
    code: 'kpi-on-retired-service',
    severity: 'warning',
    category: 'measurement',
    description: 'A KPI measures a retired service, directly or through its SLA.',
    checks: { Kpi: checkKpi },
});
