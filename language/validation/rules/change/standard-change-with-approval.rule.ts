import { defineRule } from '../../rule.js';
import { approvalClauseRange, approverNames } from './approval-clause.js';

/** On each `approval by ...` clause of a standard change workflow. */
export const standardChangeWithApproval = defineRule({
    code: 'standard-change-with-approval',
    severity: 'error',
    category: 'change',
    description: 'A standard change workflow contains an approval step, although standard changes are pre-authorized.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'change' || workflow.type !== 'standard') return;
            for (const state of workflow.states) {
                if (state.approvers.length === 0) continue;
                report({
                    node: state,
                    range: approvalClauseRange(state),
                    message: `${workflow.name} is a standard change, pre-authorized by definition, but state ${state.name} ` +
                        `requires approval by ${approverNames(state)}; remove the approval or make the workflow normal`,
                    data: { workflow: workflow.name, state: state.name, approvers: state.approvers.map(a => a.$refText) },
                });
            }
        },
    },
});
