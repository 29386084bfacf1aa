import { GrammarUtils } from 'langium';
import { defineRule } from '../../rule.js';

/** On the `final` keyword of a state that is also `resolved`. */
export const incidentResolvedStateIsFinal = defineRule({
    code: 'incident-resolved-state-is-final',
    severity: 'error',
    category: 'process',
    description: 'An incident workflow\'s `resolved` state is also final: resolved must be distinct from closed, so a fix can be confirmed or the incident reopened.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'incident') return;
            for (const state of workflow.states) {
                if (!state.resolved || !state.final) continue;
                report({
                    node: state,
                    range: GrammarUtils.findNodeForKeyword(state.$cstNode, 'final')?.range,
                    message: `state ${state.name} of incident workflow ${workflow.name} is both \`resolved\` and \`final\`; ` +
                        `add a separate final state (e.g. Closed) reached once the caller confirms the fix, so a resolved incident can be reopened`,
                    data: { workflow: workflow.name, state: state.name },
                });
            }
        },
    },
});
