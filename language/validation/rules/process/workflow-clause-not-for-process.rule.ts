import { defineRule } from '../../rule.js';
import { either, PROCESS_CLAUSES, processesWithRole, ROLE_KEYWORDS, roleKeywordRange, withArticle, type StateRole } from './process-roles.js';

/**
 * On the clause that has no meaning for the workflow's process: the `type`
 * value, the `change` reference, or a state's role keyword. One concept, one
 * grammar, so the grammar accepts every clause in every workflow and this rule
 * says which belong where.
 */
export const workflowClauseNotForProcess = defineRule({
    code: 'workflow-clause-not-for-process',
    severity: 'error',
    category: 'process',
    description: 'A workflow uses a type, a `change` reference or a state role that its process (change, release, incident, problem, request) does not have.',
    checks: {
        Workflow: (workflow, { report }) => {
            const clauses = PROCESS_CLAUSES[workflow.process];
            if (!clauses) return;
            const kind = `${workflow.process} workflow`;
            if (workflow.type && !clauses.types.includes(workflow.type)) {
                const allowed = clauses.types.length > 0 ? `its types are ${either(clauses.types)}` : 'it has no types';
                report({
                    node: workflow,
                    property: 'type',
                    message: `${workflow.name} is ${withArticle(kind)}, which cannot be of type ${workflow.type}: ${allowed}`,
                    data: { workflow: workflow.name, process: workflow.process, types: clauses.types },
                });
            }
            if (workflow.change && !clauses.change) {
                report({
                    node: workflow,
                    property: 'change',
                    message: `${workflow.name} is ${withArticle(kind)}; only a release workflow names the change workflow that authorizes it`,
                    data: { workflow: workflow.name, process: workflow.process },
                });
            }
            for (const state of workflow.states) {
                for (const role of Object.keys(ROLE_KEYWORDS) as StateRole[]) {
                    if (!state[role] || clauses.roles.includes(role)) continue;
                    const owners = processesWithRole(role).map(p => `${p} workflows`);
                    report({
                        node: state,
                        range: roleKeywordRange(state, role),
                        message: `state ${state.name} of ${kind} ${workflow.name} is marked \`${ROLE_KEYWORDS[role]}\`, ` +
                            `a role of ${either(owners)} only`,
                        data: { workflow: workflow.name, state: state.name, role: ROLE_KEYWORDS[role] },
                    });
                }
            }
        },
    },
});
