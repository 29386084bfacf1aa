import { finalStateExits, workflowGraph } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

/** On the final state's name in the transition that leaves it. */
export const workflowFinalStateHasExit = defineRule({
    code: 'workflow-final-state-has-exit',
    severity: 'error',
    category: 'change',
    description: 'A transition leaves a final state; a closed change must stay closed.',
    checks: {
        Workflow: (workflow, { report }) => {
            for (const edge of finalStateExits(workflowGraph(workflow))) {
                report({
                    node: edge.transition,
                    property: 'steps',
                    index: edge.index,
                    message: `${edge.from.name} is a final state, but the transition ${edge.from.name} -> ${edge.to.name} leaves it; ` +
                        `reopen work as a new change or make ${edge.from.name} non-final`,
                    data: { workflow: workflow.name, from: edge.from.name, to: edge.to.name },
                });
            }
        },
    },
});
