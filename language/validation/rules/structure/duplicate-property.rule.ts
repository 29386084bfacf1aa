import { GrammarAST, AstUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { ConfigurationItem } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * Definitions take their properties in any order, so a property written twice
 * would silently keep only the last value. This rule makes that loud.
 */
const SINGLE_VALUED: Record<string, string[]> = {
    Calendar: ['timezone', 'always', 'description'],
    Team: ['lead', 'email', 'phone', 'hours', 'description'],
    ChangeAuthority: ['emergency', 'description'],
    CiClass: ['description'],
    ConfigurationItem: ['environment', 'status', 'owner', 'description'],
    Service: ['kind', 'status', 'tier', 'owner', 'support', 'description', 'availability'],
    Offering: ['audience', 'description'],
    Sla: ['service', 'matrix', 'hours', 'availability', 'description'],
    Ola: ['provider', 'matrix', 'hours', 'availability', 'description'],
    UnderpinningContract: ['vendor', 'matrix', 'hours', 'availability', 'description'],
    PriorityTarget: ['response', 'resolve'],
    Workflow: ['type', 'description', 'change'],
    State: ['initial', 'final', 'implementation', 'resolved', 'knownError', 'validation', 'deployment'],
    RequestItem: ['fulfilment', 'fulfilWithin', 'fulfilledBy', 'description'],
};

/** CST nodes of the node's own assignments (not those of nested definitions), grouped by property. */
function assignmentsOf(node: AstNode, properties: ReadonlySet<string>): Map<string, CstNode[]> {
    const found = new Map<string, CstNode[]>();
    // A stack in reverse order (pop/push), not shift/unshift: those move the whole array each time, which was
    // quadratic in the size of one block (100k properties took minutes).
    const pending: CstNode[] = node.$cstNode && isCompositeCstNode(node.$cstNode) ? [...node.$cstNode.content].reverse() : [];
    while (pending.length > 0) {
        const cst = pending.pop()!;
        const feature = AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment)?.feature;
        if (feature && properties.has(feature)) {
            const list = found.get(feature) ?? [];
            list.push(cst);
            found.set(feature, list);
        } else if (isCompositeCstNode(cst) && cst.astNode === node) {
            for (let i = cst.content.length - 1; i >= 0; i--) pending.push(cst.content[i]);
        }
    }
    return found;
}

function checkRepeats(node: AstNode, { report }: RuleContext): void {
    const properties = new Set(SINGLE_VALUED[node.$type] ?? []);
    for (const [property, nodes] of assignmentsOf(node, properties)) {
        for (const repeat of nodes.slice(1)) {
            report({
                node,
                range: repeat.range,
                message: `'${keywordOf(property)}' is already set on line ${nodes[0].range.start.line + 1}; ` +
                    'only one value is kept, so remove one of them',
                data: { property },
            });
        }
    }
}

const KEYWORDS: Record<string, string> = {
    always: '24x7', matrix: 'priorities', resolve: 'resolve', knownError: 'known-error', fulfilWithin: 'fulfil within', fulfilledBy: 'fulfilled by',
};

function keywordOf(property: string): string {
    return KEYWORDS[property] ?? property;
}

/** An attribute value set twice on one CI. */
function checkRepeatedAttributes(ci: ConfigurationItem, context: RuleContext): void {
    checkRepeats(ci, context);
    const firstLine = new Map<string, number>();
    for (const value of ci.attributes) {
        const name = value.attribute?.$refText;
        const line = (value.$cstNode?.range.start.line ?? 0) + 1;
        if (!name) continue;
        const first = firstLine.get(name);
        if (first === undefined) {
            firstLine.set(name, line);
        } else {
            context.report({
                node: value,
                message: `Attribute '${name}' is already set on line ${first}; only one value is kept, so remove one of them`,
                data: { property: name },
            });
        }
    }
}

export const duplicateProperty = defineRule({
    code: 'duplicate-property',
    severity: 'error',
    category: 'structure',
    description: 'A property that takes one value is written twice in one definition; only the last would be kept.',
    checks: {
        ...Object.fromEntries(Object.keys(SINGLE_VALUED).map(type => [type, checkRepeats])),
        ConfigurationItem: checkRepeatedAttributes,
    },
});
