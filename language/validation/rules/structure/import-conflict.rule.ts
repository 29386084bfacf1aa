import type { Model } from '../../../generated/ast.js';
import { simpleName } from '../../../references/qualified-names.js';
import { defineRule } from '../../rule.js';

/**
 * `import a.Ops` and `import b.Ops` both bring the name `Ops` into the file;
 * only the first one can be used, so the second is reported where it stands.
 */
export const importConflict = defineRule({
    code: 'import-conflict',
    severity: 'error',
    category: 'structure',
    description: 'Two single imports bring the same name into one file (`import a.Ops` and `import b.Ops`).',
    checks: {
        Model: (model: Model, { report }) => {
            const first = new Map<string, string>();
            for (const imp of model.imports) {
                const target = imp.target;
                if (!target || target.endsWith('.*')) continue;
                const name = simpleName(target);
                const earlier = first.get(name);
                if (earlier === undefined) {
                    first.set(name, target);
                } else if (earlier !== target) {
                    report({
                        node: imp,
                        property: 'target',
                        message: `'${target}' and '${earlier}' are both imported as '${name}'; only '${earlier}' is used. ` +
                            `Remove one import and write the other with its qualified name`,
                        data: { name, kept: earlier },
                    });
                }
            }
        },
    },
});
