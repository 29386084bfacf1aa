import { isChangeAuthority, type ChangeAuthority } from '../../../generated/ast.js';
import { defineRule } from '../../rule.js';
import { approverNames, authoritiesOf } from './approval-clause.js';

/**
 * On `type emergency`. Approvers that do not resolve could be the emergency
 * authority, so the rule waits until they do (unresolved-reference reports them).
 */
export const emergencyChangeWithoutEmergencyAuthority = defineRule({
    code: 'emergency-change-without-emergency-authority',
    severity: 'error',
    category: 'change',
    description: 'An emergency change workflow has no approval by a change authority declared emergency (an ECAB).',
    checks: {
        Workflow: (workflow, { report, services }) => {
            if (workflow.process !== 'change' || workflow.type !== 'emergency') return;
            const approvals = workflow.states.filter(s => s.approvers.length > 0);
            if (approvals.some(s => authoritiesOf(s).some(a => a.emergency))) return;
            if (approvals.some(s => s.approvers.some(a => !a.ref))) return;
            const known = services.references.DefinitionIndex.nodesOfType<ChangeAuthority>('ChangeAuthority', isChangeAuthority)
                .filter(a => a.emergency).map(a => a.name);
            const current = approvals.length === 0
                ? 'no state requires approval'
                : `it is approved only by ${approvals.map(s => `${approverNames(s)} (state ${s.name})`).join(', ')}, none of them an emergency authority`;
            const fix = known.length > 0
                ? `add \`approval by\` an emergency authority such as ${known.join(', ')}`
                : 'declare a change authority with `emergency` (an ECAB) and approve by it';
            report({
                node: workflow,
                property: 'type',
                message: `${workflow.name} is an emergency change but ${current}; ${fix}`,
                data: { workflow: workflow.name, emergencyAuthorities: known },
            });
        },
    },
});
