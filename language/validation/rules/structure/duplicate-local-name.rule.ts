import type { AstNode } from 'langium';
import type { CiClass, Offering, PriorityMatrix, Workflow } from '../../../generated/ast.js';
import { attributesOf } from '../../../references/scope-provider.js';
import { defineRule, type Report } from '../../rule.js';

/**
 * Names that only live inside their container — a workflow's states, a
 * matrix's priorities, urgencies and impacts, a class's attributes, an
 * offering's request items — must be unique there too: every reference would
 * go to the first, and the second could never be used (two request items of
 * one name would be one catalogue item to every tool).
 */
function reportRepeats(
    items: ReadonlyArray<AstNode & { name?: string }>, what: string, where: string, report: Report,
    consequence = 'references can only reach the first',
): void {
    const first = new Map<string, AstNode>();
    for (const item of items) {
        if (!item.name) continue;
        const earlier = first.get(item.name);
        if (!earlier) {
            first.set(item.name, item);
            continue;
        }
        report({
            node: item,
            property: 'name' as never,
            message: `${what} '${item.name}' is declared twice in ${where} (first on line ${(earlier.$cstNode?.range.start.line ?? 0) + 1}); ` +
                consequence,
            data: { name: item.name },
        });
    }
}

export const duplicateLocalName = defineRule({
    code: 'duplicate-local-name',
    severity: 'error',
    category: 'structure',
    description: 'A state, priority, urgency, impact, attribute or request item name declared twice in its workflow, matrix, CI class or offering.',
    checks: {
        Workflow: (workflow: Workflow, { report }) => reportRepeats(workflow.states, 'State', `workflow ${workflow.name}`, report),
        Offering: (offering: Offering, { report }) => reportRepeats(offering.items, 'Request item', `offering ${offering.name}`, report,
            'the generated catalogue items would share one name'),
        PriorityMatrix: (matrix: PriorityMatrix, { report }) => {
            reportRepeats(matrix.levels, 'Priority', `matrix ${matrix.name}`, report);
            reportRepeats(matrix.urgencies, 'Urgency', `matrix ${matrix.name}`, report);
            reportRepeats(matrix.rows, 'Impact', `matrix ${matrix.name}`, report);
        },
        CiClass: (ciClass: CiClass, { report }) => {
            // Own attributes against each other and against inherited ones (a redeclaration hides nothing: it conflicts).
            const inherited = attributesOf(ciClass).filter(a => a.$container !== ciClass);
            const own = ciClass.attributes;
            reportRepeats(own, 'Attribute', `class ${ciClass.name}`, report);
            for (const attribute of own) {
                const base = inherited.find(a => a.name === attribute.name);
                if (base) {
                    report({
                        node: attribute,
                        property: 'name',
                        message: `Attribute '${attribute.name}' is already declared by ${base.$container.name}, which ${ciClass.name} extends`,
                        data: { name: attribute.name, declaredBy: base.$container.name },
                    });
                }
            }
        },
    },
});
