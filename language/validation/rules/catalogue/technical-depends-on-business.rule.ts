import { dependenciesOf } from '../../../analysis/service-graph.js';
import { isService, type Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { isRetired } from './lifecycle.js';

/**
 * A technical service that is not retired, on each `depends on` or
 * `realized by` reference to a business service.
 */
function checkService(service: Service, { report, services }: RuleContext): void {
    if (service.kind !== 'technical' || isRetired(service)) return;
    for (const edge of dependenciesOf(service, services)) {
        if (edge.to.kind !== 'business') continue;
        report({
            node: edge.dependency,
            property: 'services',
            index: edge.index,
            message: `Technical service ${service.name} depends on business service ${edge.to.name}; ` +
                'technical services support business services, not the other way round',
            data: { service: service.name, target: edge.to.name, relation: 'depends on' },
        });
    }
    service.realizedBy.forEach((reference, index) => {
        const target = reference.ref;
        if (!isService(target) || target.kind !== 'business') return;
        report({
            node: service,
            property: 'realizedBy',
            index,
            message: `Technical service ${service.name} is realized by business service ${target.name}; ` +
                'technical services support business services, not the other way round',
            data: { service: service.name, target: target.name, relation: 'realized by' },
        });
    });
}

export const technicalDependsOnBusiness = defineRule({
    code: 'technical-depends-on-business',
    severity: 'info',
    category: 'catalogue',
    description: 'A technical service depends on a business service: the service layering is inverted.',
    checks: { Service: checkService },
});
