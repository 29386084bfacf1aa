import { deadEndStates, workflowGraph } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

/**
 * On the state's name. States that cannot be reached at all are left to
 * workflow-unreachable-state; a workflow without final states to
 * workflow-no-final-state.
 */
export const workflowDeadEndState = defineRule({
    code: 'workflow-dead-end-state',
    severity: 'error',
    category: 'change',
    description: 'A non-final workflow state from which no final state can be reached: a change, release, incident, problem or request there can never be closed.',
    checks: {
        Workflow: (workflow, { report }) => {
            const graph = workflowGraph(workflow);
            const finals = graph.finals.map(s => s.name).join(', ');
            for (const state of deadEndStates(graph)) {
                if (graph.initial.length > 0 && !graph.reachable.has(state)) continue;
                const next = graph.successors.get(state) ?? [];
                const leads = next.length === 0
                    ? 'it has no outgoing transition'
                    : `it leads only to ${next.map(s => s.name).join(', ')}, from where no final state is reachable either`;
                report({
                    node: state,
                    property: 'name',
                    message: `no final state (${finals}) can be reached from state ${state.name}: ${leads}`,
                    data: { workflow: workflow.name, state: state.name, finals: graph.finals.map(s => s.name) },
                });
            }
        },
    },
});
