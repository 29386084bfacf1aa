import { isConfigurationItem, type CiRelationship } from '../../../generated/ast.js';
import { defineRule } from '../../rule.js';

const RELATION_WORDS: Partial<Record<CiRelationship['kind'], string>> = {
    runs: 'runs on',
    hosted: 'is hosted on',
    depends: 'depends on',
};

/**
 * Runs on the production CI; one finding per target of another environment,
 * on that target. A `dr` target in an `any of` group that also has a
 * production member is a failover arrangement and is accepted.
 */
export const productionDependsOnNonProduction = defineRule({
    code: 'production-depends-on-non-production',
    severity: 'warning',
    category: 'cmdb',
    description: 'A production configuration item runs on, is hosted on, or depends on a configuration item of another environment.',
    checks: {
        ConfigurationItem: (ci, { report }) => {
            if (ci.environment !== 'production' || ci.status === 'decommissioned') return;
            for (const relationship of ci.relationships) {
                const words = RELATION_WORDS[relationship.kind];
                if (!words) continue;
                const targets = relationship.targets.map(t => t.ref).map(t => (isConfigurationItem(t) ? t : undefined));
                const failover = relationship.redundant && targets.some(t => t?.environment === 'production');
                targets.forEach((target, index) => {
                    const environment = target?.environment;
                    if (!target || !environment || environment === 'production') return;
                    if (failover && environment === 'dr') return;
                    report({
                        node: relationship,
                        property: 'targets',
                        index,
                        message: `production CI ${ci.name} ${words} ${target.name}, which is in ${environment}; ` +
                            `production must not rely on CIs outside production`,
                        data: { ci: ci.name, target: target.name, environment, relation: relationship.kind },
                    });
                });
            }
        },
    },
});
