import { defineRule } from '../../rule.js';

/** On the workflow's name: no state is marked `resolved`. */
export const incidentWithoutResolvedState = defineRule({
    code: 'incident-without-resolved-state',
    severity: 'error',
    category: 'process',
    description: 'An incident workflow has no state marked `resolved`, so restoring the service and closing the incident cannot be told apart.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'incident' || workflow.states.some(s => s.resolved)) return;
            const candidate = workflow.states.find(s => /resolv/i.test(s.name) && !s.final)?.name;
            report({
                node: workflow,
                property: 'name',
                message: `incident workflow ${workflow.name} has no \`resolved\` state; mark the state in which the service is restored ` +
                    `and the caller confirms the fix \`resolved\`${candidate ? ` (e.g. ${candidate})` : ''}, before the final state`,
                data: { workflow: workflow.name, candidate },
            });
        },
    },
});
