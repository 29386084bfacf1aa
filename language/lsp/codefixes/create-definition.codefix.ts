/**
 * unresolved-reference: "Create team 'Ops'" — a minimal valid definition of
 * the kind the reference expects, appended to the file (a state goes into
 * its workflow's `states` block). Only for a simple name: a qualified one
 * belongs to another package. Placeholders (a service's owner, a CI's class)
 * are the first fitting names the file can see.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { isOffering, isService, isWorkflow } from '../../generated/ast.js';
import type { ItsmServices } from '../../itsm-module.js';
import type { UnresolvedReferenceData } from '../../references/linker.js';
import { defineCodeFix, quickFix, type CodeFixContext } from './codefix.js';
import { firstTeam, namesInScope } from './names-in-scope.js';
import { appendDefinition, blockBraces, insertInBlock } from './text-edits.js';

const NAME = /^[_a-zA-Z]\w*(-\w+)*$/;

interface Skeleton {
    kind: string;
    text: string;
}

/** The definition to create for an expected reference type, or undefined when none fits. */
function skeleton(services: ItsmServices, context: AstNode, type: string, name: string): Skeleton | undefined {
    const team = firstTeam(services, context);
    switch (type) {
        case 'Team': return { kind: 'team', text: `team ${name} {}` };
        case 'Approver': return { kind: 'change authority', text: `authority ${name}` };
        case 'Calendar': return { kind: 'calendar', text: `calendar ${name} {\n  timezone "UTC"\n  mon..fri 09:00-17:00\n}` };
        case 'HolidayList': return { kind: 'holiday list', text: `holidays ${name} {}` };
        case 'CiClass': return { kind: 'CI class', text: `ci class ${name}` };
        case 'PriorityMatrix': return {
            kind: 'priority matrix',
            text: `priority matrix ${name} {\n  priorities P1, P2, P3\n  urgency high low\n  impact high -> P1 P2\n  impact low -> P2 P3\n}`,
        };
        case 'Service': return serviceSkeleton(name, team);
        case 'ConfigurationItem':
        case 'Realizer': {
            const ciClass = namesInScope(services, context, 'ConfigurationItem', 'ciClass')[0];
            if (ciClass) return { kind: 'CI', text: `ci ${name}: ${ciClass}` };
            return type === 'Realizer' ? serviceSkeleton(name, team) : undefined;
        }
        case 'Sla': {
            const offering = AstUtils.getContainerOfType(context, isOffering);
            const service = offering && isService(offering.$container) ? `\n  service ${offering.$container.name}\n` : '';
            return { kind: 'SLA', text: `sla ${name} {${service}}` };
        }
        case 'Underpinning':
            return { kind: 'OLA', text: `ola ${name} {${team ? `\n  provider ${team}\n` : ''}}` };
        default: return undefined;
    }
}

function serviceSkeleton(name: string, team: string | undefined): Skeleton {
    const teams = team ? `\n  owner ${team}\n  support ${team}` : '';
    return { kind: 'service', text: `service ${name} {\n  kind technical\n  status pipeline${teams}\n}` };
}

/** A state named in a transition goes into the workflow's `states { … }`. */
function createState(context: CodeFixContext, name: string) {
    const workflow = context.node && AstUtils.getContainerOfType(context.node, isWorkflow);
    const states = workflow && GrammarUtils.findNodeForKeyword(workflow.$cstNode, 'states');
    const braces = workflow && states ? blockBraces(workflow, states) : undefined;
    const edit = workflow && braces && insertInBlock(context.document, workflow, name, { braces, atEnd: true });
    return edit ? [quickFix(context, `Create state '${name}'`, [edit])] : [];
}

export const createDefinition = defineCodeFix({
    id: 'create-definition',
    codes: ['unresolved-reference'],
    fixes: context => {
        const data = context.data as Partial<UnresolvedReferenceData>;
        const name = data.refText;
        if (!name || !NAME.test(name) || data.candidates?.length || !data.expectedType || !context.node) return [];
        if (data.expectedType === 'State') return createState(context, name);
        const created = skeleton(context.services, context.node, data.expectedType, name);
        if (!created) return [];
        return [quickFix(context, `Create ${created.kind} '${name}'`, [appendDefinition(context.document, created.text)])];
    },
});
