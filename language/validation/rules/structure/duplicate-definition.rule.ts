import { posix } from 'node:path';
import { AstUtils, type AstNode, type AstNodeDescription } from 'langium';
import type { Definition, Offering } from '../../../generated/ast.js';
import { qualifiedNameOf } from '../../../references/qualified-names.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * Two definitions with one qualified name, in one file or across files. Each
 * definition asks the workspace index for its own name: a map look-up, so the
 * rule is linear in the number of definitions.
 */
/** How many other places a finding lists; the rest are counted. */
const MAX_LISTED = 5;
const indexedNodes = new WeakMap<readonly AstNodeDescription[], Set<AstNode | undefined>>();

function checkUnique(node: Definition | Offering, { report, services }: RuleContext): void {
    const name = qualifiedNameOf(node);
    if (!name) return;
    const sameName = services.references.DefinitionIndex.lookup(name);
    if (sameName.length < 2) return;
    // n definitions of one name: a set per index entry and at most MAX_LISTED places each keep the rule
    // linear in n (scanning and listing every other copy made it quadratic).
    let indexed = indexedNodes.get(sameName);
    if (!indexed) {
        indexed = new Set(sameName.map(d => d.node));
        indexedNodes.set(sameName, indexed);
    }
    if (!indexed.has(node)) return; // this node is not indexed (stale document)
    const others: AstNodeDescription[] = [];
    for (const description of sameName) {
        if (others.length === MAX_LISTED) break;
        if (description.node !== node) others.push(description);
    }
    const more = sameName.length - 1 - others.length;
    const ownUri = AstUtils.getDocument(node).uri.toString();
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
        message: `'${name}' is defined more than once (also at ${where.join(', ')}${more > 0 ? ` and ${more} more` : ''}); names must be unique in the workspace`,
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
