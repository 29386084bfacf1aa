import { describeStatePath, gateBypasses, workflowGraph } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

/**
 * On the deployment state's name, with a shortest path from the initial state
 * that passes no validation state. A release with deployment states and no
 * validation state at all is reported on every reachable deployment state.
 */
export const releaseDeploymentBypassesValidation = defineRule({
    code: 'release-deployment-bypasses-validation',
    severity: 'error',
    category: 'process',
    description: 'In a release workflow, some path from the initial state reaches a `deployment` state without passing a `validation` (test) state.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'release') return;
            const bypasses = gateBypasses(workflowGraph(workflow), s => s.deployment, s => s.validation);
            for (const { target, path } of bypasses) {
                report({
                    node: target,
                    property: 'name',
                    message: `release ${workflow.name} can deploy in state ${target.name} without validation: ${describeStatePath(path)}; ` +
                        `pass a state marked \`validation\` (test, UAT) before deploying`,
                    data: { workflow: workflow.name, state: target.name, path: path.map(s => s.name) },
                });
            }
        },
    },
});
