import { GrammarUtils } from 'langium';
import { workflowGraph } from '../../../analysis/workflow-graph.js';
import { defineRule } from '../../rule.js';

/** None: on the workflow's name. Several: on each `initial` after the first, naming the first. */
export const workflowInitialState = defineRule({
    code: 'workflow-initial-state',
    severity: 'error',
    category: 'change',
    description: 'A workflow has no initial state, or more than one.',
    checks: {
        Workflow: (workflow, { report }) => {
            const { initial, states } = workflowGraph(workflow);
            if (initial.length === 0) {
                const suggested = states[0]?.name;
                report({
                    node: workflow,
                    property: 'name',
                    message: `workflow ${workflow.name} has no initial state; mark the state a record starts in \`initial\`` +
                        (suggested ? ` (e.g. ${suggested})` : ''),
                    data: { workflow: workflow.name, suggested },
                });
                return;
            }
            const [first, ...others] = initial;
            for (const state of others) {
                report({
                    node: state,
                    range: GrammarUtils.findNodeForKeyword(state.$cstNode, 'initial')?.range,
                    message: `workflow ${workflow.name} already starts in ${first.name}; ${state.name} cannot be initial too ` +
                        `(initial states: ${initial.map(s => s.name).join(', ')})`,
                    data: { workflow: workflow.name, initial: initial.map(s => s.name) },
                });
            }
        },
    },
});
