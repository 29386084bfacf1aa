import { attributesOf } from '../../../references/scope-provider.js';
import { defineRule } from '../../rule.js';

/** Runs on the CI; one finding per missing attribute, on the CI's name, naming the class that requires it. */
export const ciMissingRequiredAttribute = defineRule({
    code: 'ci-missing-required-attribute',
    severity: 'error',
    category: 'cmdb',
    description: 'A configuration item does not set an attribute that its class (or a superclass) marks required.',
    checks: {
        ConfigurationItem: (ci, { report }) => {
            const ciClass = ci.ciClass?.ref;
            if (!ciClass) return;
            const set = new Set(ci.attributes.map(value => value.attribute?.ref?.name ?? value.attribute?.$refText));
            for (const declaration of attributesOf(ciClass)) {
                if (!declaration.required || set.has(declaration.name)) continue;
                const declaredBy = declaration.$container.name;
                const via = declaredBy === ciClass.name ? '' : ` (inherited from ${declaredBy})`;
                report({
                    node: ci,
                    property: 'name',
                    message: `${ci.name} does not set ${declaration.name} (${declaration.type}), which its class ${ciClass.name} requires${via}`,
                    data: { attribute: declaration.name, type: declaration.type, ciClass: ciClass.name, declaredBy },
                });
            }
        },
    },
});

