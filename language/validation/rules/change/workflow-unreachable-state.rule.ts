import { unreachableStates, workflowGraph } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

/** On the unreachable state's name; with no initial state nothing is reported (workflow-initial-state is). */
export const workflowUnreachableState = defineRule({
    code: 'workflow-unreachable-state',
    severity: 'error',
    category: 'change',
    description: 'A workflow state cannot be reached from the initial state.',
    checks: {
        Workflow: (workflow, { report }) => {
            const graph = workflowGraph(workflow);
            const from = graph.initial.map(s => s.name).join(' or ');
            for (const state of unreachableStates(graph)) {
                report({
                    node: state,
                    property: 'name',
                    message: `state ${state.name} cannot be reached from the initial state ${from}; no transition leads to it from there`,
                    data: { workflow: workflow.name, state: state.name, initial: graph.initial.map(s => s.name) },
                });
            }
        },
    },
});
