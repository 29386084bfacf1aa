import type { Import } from '../../../generated/ast.js';
import { closestName } from '../../../references/string-distance.js';
import { defineRule } from '../../rule.js';

/** `import a.b.*` needs a package `a.b` somewhere in the workspace; `import a.b.X` needs the definition. */
export const importUnresolved = defineRule({
    code: 'import-unresolved',
    severity: 'error',
    category: 'structure',
    description: 'An import that matches no package or definition in the workspace.',
    checks: {
        Import: (imp: Import, { report, services }) => {
            const target = imp.target;
            // A half-written import (`import acme.`) is a syntax error already; when the next
            // line starts with a keyword the parser may have read it as the last segment.
            if (!target || /(^|\.)(\.|$)/.test(target.replace(/\.\*$/, ''))) return;
            if (imp.$cstNode?.text.includes('\n')) return;
            const definitions = services.references.DefinitionIndex;
            const wildcard = target.endsWith('.*');
            const name = wildcard ? target.slice(0, -2) : target;
            // `import a.b.X` names a definition; `import a.b` makes the package reachable as `b.X`.
            if (definitions.hasPackage(name) || (!wildcard && definitions.lookup(name).length > 0)) return;
            const candidates = wildcard ? definitions.packageNames() : [...definitions.all()].map(d => d.name);
            const suggestion = closestName(name, candidates);
            const what = wildcard ? `package '${name}'` : `definition '${name}'`;
            report({
                node: imp,
                property: 'target',
                message: `No ${what} in the workspace` +
                    (suggestion ? `. Did you mean '${wildcard ? `${suggestion}.*` : suggestion}'?` : ''),
                data: { target, suggestion: suggestion && (wildcard ? `${suggestion}.*` : suggestion) },
            });
        },
    },
});
