/**
 * workflow-no-final-state: "Mark 'Done' final" when a state is named like an
 * end (Closed, Done, Completed, Resolved, Canceled), else "Add a 'Closed
 * final' state" at the end of the workflow's `states` block.
 */
import { GrammarUtils } from 'langium';
import { isWorkflow } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix } from './codefix.js';
import { blockBraces, insertAt, insertInBlock } from './text-edits.js';

const END_NAMES = ['Closed', 'Done', 'Completed', 'Complete', 'Resolved', 'Canceled', 'Cancelled'];

export const addFinalState = defineCodeFix({
    id: 'add-final-state',
    codes: ['workflow-no-final-state'],
    fixes: context => {
        const workflow = enclosing(context, isWorkflow);
        if (!workflow) return [];
        const ending = END_NAMES.map(name => workflow.states.find(s => s.name === name)).find(Boolean);
        const nameNode = ending && GrammarUtils.findNodeForProperty(ending.$cstNode, 'name');
        if (ending && nameNode) {
            return [quickFix(context, `Mark '${ending.name}' final`, [insertAt(nameNode.range.end, ' final')], true)];
        }
        const states = GrammarUtils.findNodeForKeyword(workflow.$cstNode, 'states');
        const braces = states ? blockBraces(workflow, states) : undefined;
        const edit = braces
            ? insertInBlock(context.document, workflow, 'Closed final', { braces, atEnd: true })
            : insertInBlock(context.document, workflow, 'states { Closed final }', { atEnd: true });
        return edit ? [quickFix(context, "Add a 'Closed final' state", [edit], true)] : [];
    },
});
