/**
 * Quick fixes of the process workflow rules: mark the state the rule
 * suggests `resolved` (incident) or `known-error` (problem); take `final`
 * off an incident's resolved state; and name an emergency change workflow
 * for an emergency release (add `change X`, or replace the one it names).
 */
import { GrammarUtils, type Reference, type ReferenceInfo } from 'langium';
import { isWorkflow, type Workflow } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix, stringData, type CodeFixContext } from './codefix.js';
import { insertAt, insertInBlock, removeSpan, replace } from './text-edits.js';

const ROLE_OF: Record<string, string> = {
    'incident-without-resolved-state': 'resolved',
    'problem-without-known-error-state': 'known-error',
};

export const markStateRole = defineCodeFix({
    id: 'mark-state-role',
    codes: Object.keys(ROLE_OF),
    fixes: context => {
        const workflow = enclosing(context, isWorkflow);
        const state = workflow?.states.find(s => s.name === stringData(context, 'candidate'));
        const name = state && GrammarUtils.findNodeForProperty(state.$cstNode, 'name');
        const role = ROLE_OF[context.code];
        return name ? [quickFix(context, `Mark '${state.name}' ${role}`, [insertAt(name.range.end, ` ${role}`)], true)] : [];
    },
});

export const removeResolvedFinal = defineCodeFix({
    id: 'remove-resolved-final',
    codes: ['incident-resolved-state-is-final'],
    fixes: context => {
        if (context.document.textDocument.getText(context.diagnostic.range) !== 'final') return [];
        const state = stringData(context, 'state') ?? 'this state';
        return [quickFix(context, `Remove 'final' from ${state}`, [removeSpan(context.document, context.diagnostic.range)], true)];
    },
});

export const nameEmergencyChange = defineCodeFix({
    id: 'name-emergency-change',
    codes: ['emergency-release-without-emergency-change'],
    fixes: context => {
        const release = enclosing(context, isWorkflow);
        if (!release) return [];
        return emergencyChanges(context, release).flatMap(change => {
            if (release.change) {
                const reference = release.change.$refNode;
                return reference ? [quickFix(context, `Name ${change} instead`, [replace(reference.range, change)])] : [];
            }
            const edit = insertInBlock(context.document, release, `change ${change}`, { after: GrammarUtils.findNodeForProperty(release.$cstNode, 'type') });
            return edit ? [quickFix(context, `Add 'change ${change}'`, [edit])] : [];
        });
    },
});

/** The emergency change workflows the release's file can name, as it would write them (simple names first). */
function emergencyChanges(context: CodeFixContext, release: Workflow): string[] {
    const info = { reference: { $refText: '' } as Reference, container: release, property: 'change' } as ReferenceInfo;
    const names = context.services.references.ScopeProvider.getScope(info).getAllElements()
        .filter(d => isWorkflow(d.node) && d.node.process === 'change' && d.node.type === 'emergency')
        .map(d => d.name).toArray();
    const unique = [...new Set(names)];
    return [...unique.filter(n => !n.includes('.')), ...unique.filter(n => n.includes('.'))].slice(0, 3);
}
