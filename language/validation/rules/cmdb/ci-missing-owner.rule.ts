import { defineRule } from '../../rule.js';

/** A production CI that is not decommissioned needs an owner; the finding is on its name. */
export const ciMissingOwner = defineRule({
    code: 'ci-missing-owner',
    severity: 'warning',
    category: 'cmdb',
    description: 'A production configuration item that is not decommissioned names no owning team.',
    checks: {
        ConfigurationItem: (ci, { report }) => {
            if (ci.environment !== 'production' || ci.status === 'decommissioned' || ci.owner) return;
            const kind = ci.ciClass?.ref?.name ?? ci.ciClass?.$refText;
            report({
                node: ci,
                property: 'name',
                message: `production CI ${ci.name}${kind ? ` (${kind})` : ''} has no owner; name the team accountable for it with \`owner\``,
                data: { ci: ci.name },
            });
        },
    },
});
