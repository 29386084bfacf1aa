import { defineRule } from '../../rule.js';

/** On the workflow's name: no state is marked `known-error`. */
export const problemWithoutKnownErrorState = defineRule({
    code: 'problem-without-known-error-state',
    severity: 'error',
    category: 'process',
    description: 'A problem workflow has no state marked `known-error`, where the root cause and a workaround are recorded.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'problem' || workflow.states.some(s => s.knownError)) return;
            const candidate = workflow.states.find(s => /known|error|workaround/i.test(s.name) && !s.final)?.name;
            report({
                node: workflow,
                property: 'name',
                message: `problem workflow ${workflow.name} has no \`known-error\` state; mark the state in which the root cause ` +
                    `and a workaround are documented \`known-error\`${candidate ? ` (e.g. ${candidate})` : ''}`,
                data: { workflow: workflow.name, candidate },
            });
        },
    },
});
