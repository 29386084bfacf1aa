import { isApprovalState } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

/** On `type normal`: the workflow as a whole lacks the approval a normal change needs. */
export const normalChangeWithoutApproval = defineRule({
    code: 'normal-change-without-approval',
    severity: 'error',
    category: 'change',
    description: 'A normal change workflow has no state approved by a change authority or team.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'change' || workflow.type !== 'normal' || workflow.states.some(isApprovalState)) return;
            report({
                node: workflow,
                property: 'type',
                message: `${workflow.name} is a normal change but no state requires approval; add \`approval by\` a change authority ` +
                    `(e.g. a CAB) to the state that authorizes the change`,
                data: { workflow: workflow.name },
            });
        },
    },
});
