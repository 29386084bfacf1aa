import { dependenciesOf } from '../../../analysis/service-graph.js';
import { isService, type Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { groupText, isLive, retirement } from './lifecycle.js';

/**
 * Runs on the live service and reports each `depends on` or `realized by`
 * reference to a retired service or decommissioned CI, on that reference.
 */
function checkService(service: Service, { report, services }: RuleContext): void {
    if (!isLive(service)) return;
    for (const edge of dependenciesOf(service, services)) {
        const retired = retirement(edge.to);
        if (!retired) continue;
        const group = edge.redundant ? ` (in ${groupText(edge.dependency.services.map(r => r.$refText))})` : '';
        report({
            node: edge.dependency,
            property: 'services',
            index: edge.index,
            message: `${service.name} is live but depends on ${retired}${group}`,
            data: { service: service.name, target: edge.to.name, relation: 'depends on', redundant: edge.redundant },
        });
    }
    service.realizedBy.forEach((reference, index) => {
        const retired = retirement(reference.ref);
        if (!retired) return;
        report({
            node: service,
            property: 'realizedBy',
            index,
            message: `${service.name} is live but is realized by ${retired}`,
            data: {
                service: service.name, target: reference.ref!.name, relation: 'realized by',
                targetKind: isService(reference.ref) ? 'service' : 'ci',
            },
        });
    });
}

export const liveDependsOnRetired = defineRule({
    code: 'live-depends-on-retired',
    severity: 'error',
    category: 'catalogue',
    description: 'A live service depends on, or is realized by, a retired service or a decommissioned CI.',
    checks: { Service: checkService },
});
