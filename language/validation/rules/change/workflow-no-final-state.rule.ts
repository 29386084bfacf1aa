import { workflowGraph } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

export const workflowNoFinalState = defineRule({
    code: 'workflow-no-final-state',
    severity: 'error',
    category: 'change',
    description: 'A workflow has no final state, so no change can ever be closed.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflowGraph(workflow).finals.length > 0) return;
            report({
                node: workflow,
                property: 'name',
                message: `workflow ${workflow.name} has no final state, so no change can ever be closed; mark at least one state \`final\` (e.g. Closed)`,
                data: { workflow: workflow.name },
            });
        },
    },
});
