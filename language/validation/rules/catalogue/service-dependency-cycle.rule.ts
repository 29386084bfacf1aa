import { cycleOf, describeCycle } from '../../../analysis/service-graph.js';
import type { Service } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * Once per service on a cycle, on its `depends on` reference that starts the
 * shortest cycle back to it, with that cycle spelled out.
 */
function checkService(service: Service, { report, services }: RuleContext): void {
    const cycle = cycleOf(service, services);
    if (!cycle) return;
    const { edge, path } = cycle;
    const message = edge.to === service
        ? `${service.name} depends on itself: ${describeCycle(path)}`
        : `${service.name} depends on ${edge.to.name}, which ${path.length === 3 ? 'depends back on' : 'leads back to'} ` +
            `${service.name}: ${describeCycle(path)}`;
    report({
        node: edge.dependency,
        property: 'services',
        index: edge.index,
        message: `${message}; impact analysis along these dependencies never ends`,
        data: {
            service: service.name,
            dependency: edge.to.name,
            cycle: path.map(s => s.name),
            component: cycle.component.map(s => s.name),
        },
    });
}

export const serviceDependencyCycle = defineRule({
    code: 'service-dependency-cycle',
    severity: 'warning',
    category: 'catalogue',
    description: 'Services depend on each other in a cycle, so impact analysis along the dependencies never ends.',
    checks: { Service: checkService },
});
