import { describeHostingPath, hostingModel } from '../../../analysis/hosting.js';
import { defineRule } from '../../rule.js';

/**
 * Runs on each CI of a hosting cycle, so every CI in it gets one finding in
 * its own document, on the target by which it enters the cycle.
 */
export const ciHostingCycle = defineRule({
    code: 'ci-hosting-cycle',
    severity: 'error',
    category: 'cmdb',
    description: 'Runs-on and hosted-on relationships form a cycle: a configuration item ends up running on itself.',
    checks: {
        ConfigurationItem: (ci, { report, services }) => {
            const cycle = hostingModel(services).cycleThrough(ci);
            if (!cycle) return;
            const first = cycle[0];
            const names = [ci, ...cycle.map(edge => edge.to)].map(c => c.name);
            report({
                node: first.relationship,
                property: 'targets',
                index: first.index,
                message: cycle.length === 1
                    ? `${describeHostingPath(cycle)}: a CI cannot run on itself`
                    : `${ci.name} is on a hosting cycle (${names.join(' → ')}): ${describeHostingPath(cycle)}`,
                data: { cycle: names },
            });
        },
    },
});
