import { defineRule } from '../../rule.js';
import { withArticle } from './process-roles.js';

/**
 * On `type emergency` when the release names no change workflow, on the
 * `change` reference when it names one that is not an emergency change. An
 * unresolved reference is left to unresolved-reference.
 */
export const emergencyReleaseWithoutEmergencyChange = defineRule({
    code: 'emergency-release-without-emergency-change',
    severity: 'error',
    category: 'process',
    description: 'An emergency release workflow does not name an emergency change workflow (`change <Workflow>`) to authorize it.',
    checks: {
        Workflow: (workflow, { report }) => {
            if (workflow.process !== 'release' || workflow.type !== 'emergency') return;
            if (!workflow.change) {
                report({
                    node: workflow,
                    property: 'type',
                    message: `${workflow.name} is an emergency release but names no change workflow; add \`change <Workflow>\` ` +
                        `naming the emergency change workflow that authorizes it`,
                    data: { workflow: workflow.name },
                });
                return;
            }
            const change = workflow.change.ref;
            if (!change) return;
            if (change.process === 'change' && change.type === 'emergency') return;
            const actual = withArticle(change.process === 'change' ? `${change.type ?? 'untyped'} change workflow` : `${change.process} workflow`);
            report({
                node: workflow,
                property: 'change',
                message: `${workflow.name} is an emergency release but ${change.name} is ${actual}; name an emergency change workflow (type emergency)`,
                data: { workflow: workflow.name, change: change.name },
            });
        },
    },
});
