import { posix } from 'node:path';
import { AstUtils, type AstNode } from 'langium';
import type { Definition, Offering } from '../../../generated/ast.js';
import { qualifiedNameOf } from '../../../references/qualified-names.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * Two definitions with one qualified name, in one file or across files. Each
 * definition asks the workspace index for its own name: a map look-up, so the
 * rule is linear in the number of definitions.
 */
function checkUnique(node: Definition | Offering, { report, services }: RuleContext): void {
    const name = qualifiedNameOf(node);
    if (!name) return;
    const sameName = services.references.DefinitionIndex.lookup(name);
    if (sameName.length < 2) return;
    const ownUri = AstUtils.getDocument(node).uri.toString();
    const others = sameName.filter(d => d.node !== node);
    if (others.length === sameName.length) return; // this node is not indexed (stale document)
    const ownDocument = AstUtils.getDocument(node).uri;
    const where = others.map(d => {
        const line = (d.nameSegment?.range.start.line ?? 0) + 1;
        if (d.documentUri.toString() === ownUri) return `line ${line}`;
        // The other file as seen from this file's folder: unambiguous and short.
        return `${posix.relative(posix.dirname(ownDocument.path), d.documentUri.path)}:${line}`;
    });
    report({
        node: node as AstNode,
        property: 'name' as never,
        message: `'${name}' is defined more than once (also at ${where.join(', ')}); names must be unique in the workspace`,
        data: { qualifiedName: name },
    });
}

export const duplicateDefinition = defineRule({
    code: 'duplicate-definition',
    severity: 'error',
    category: 'structure',
    description: 'Two definitions with the same qualified name, in one file or across files.',
    checks: {
        Calendar: checkUnique,
        HolidayList: checkUnique,
        Team: checkUnique,
        ChangeAuthority: checkUnique,
        PriorityMatrix: checkUnique,
        CiClass: checkUnique,
        ConfigurationItem: checkUnique,
        Service: checkUnique,
        Offering: checkUnique,
        Sla: checkUnique,
        Ola: checkUnique,
        UnderpinningContract: checkUnique,
        Workflow: checkUnique,
    },
});
