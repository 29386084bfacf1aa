import { approvalBypasses, describeStatePath, workflowGraph } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

/** On the implementation state's name, with a shortest unapproved path from the initial state. */
export const implementationBypassesApproval = defineRule({
    code: 'implementation-bypasses-approval',
    severity: 'error',
    category: 'change',
    description: 'In a normal or emergency change workflow, some path from the initial state reaches an implementation state without passing an approval state.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'change' || (workflow.type !== 'normal' && workflow.type !== 'emergency')) return;
            for (const { implementation, path } of approvalBypasses(workflowGraph(workflow))) {
                report({
                    node: implementation,
                    property: 'name',
                    message: `state ${implementation.name} can be reached from ${path[0].name} without approval: ${describeStatePath(path)}`,
                    data: { workflow: workflow.name, state: implementation.name, path: path.map(s => s.name) },
                });
            }
        },
    },
});
