import type { AstNode } from 'langium';
import { defineRule, type RuleContext } from '../../rule.js';

const KIND_WORDS: Record<string, string> = {
    Calendar: 'calendar',
    Team: 'team',
    Ola: 'OLA',
    UnderpinningContract: 'underpinning contract',
    PriorityMatrix: 'priority matrix',
    CiClass: 'CI class',
    HolidayList: 'holiday list',
    ChangeAuthority: 'change authority',
    ContinuityPlan: 'continuity plan',
};

/** Supporting definitions exist to be used; one that nothing names is dead weight or a forgotten link. */
function checkUsed(node: AstNode & { name: string }, { report, services }: RuleContext): void {
    if (services.references.WorkspaceRelations.isReferenced(node)) return;
    report({
        node,
        property: 'name' as never,
        message: `${capitalise(KIND_WORDS[node.$type])} ${node.name} is not used by any definition in the workspace`,
        data: { kind: node.$type },
    });
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

export const unusedDefinition = defineRule({
    code: 'unused-definition',
    severity: 'hint',
    category: 'structure',
    description: 'A calendar, holiday list, team, change authority, OLA, underpinning contract, priority matrix or CI class that nothing references.',
    checks: Object.fromEntries(Object.keys(KIND_WORDS).map(type => [type, checkUsed])),
});
