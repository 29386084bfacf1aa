/**
 * workflow-initial-state: with no initial state, "Mark 'New' initial" (the
 * first state, the rule's `suggested`); with several, "Remove 'initial' from
 * Triage" on each one after the first.
 */
import { GrammarUtils } from 'langium';
import { isWorkflow } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix, stringData } from './codefix.js';
import { insertAt, removeSpan } from './text-edits.js';

export const initialState = defineCodeFix({
    id: 'initial-state',
    codes: ['workflow-initial-state'],
    fixes: context => {
        const workflow = enclosing(context, isWorkflow);
        if (!workflow) return [];
        const range = context.diagnostic.range;
        if (context.document.textDocument.getText(range) === 'initial') {
            const state = workflow.states.find(s => s.$cstNode && s.$cstNode.offset <= context.document.textDocument.offsetAt(range.start)
                && context.document.textDocument.offsetAt(range.end) <= s.$cstNode.end);
            return [quickFix(context, `Remove 'initial' from ${state?.name ?? 'this state'}`, [removeSpan(context.document, range)], true)];
        }
        const suggested = stringData(context, 'suggested');
        const state = workflow.states.find(s => s.name === suggested);
        const name = state && GrammarUtils.findNodeForProperty(state.$cstNode, 'name');
        return name ? [quickFix(context, `Mark '${state.name}' initial`, [insertAt(name.range.end, ' initial')], true)] : [];
    },
});
