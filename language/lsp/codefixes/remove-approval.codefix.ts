/**
 * standard-change-with-approval: "Remove 'approval by CAB'" deletes the
 * clause the finding covers; "Make Laptop a normal change" changes the
 * workflow's type instead.
 */
import { GrammarUtils } from 'langium';
import { isWorkflow } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix } from './codefix.js';
import { removeSpan, replace } from './text-edits.js';

export const removeApproval = defineCodeFix({
    id: 'remove-approval',
    codes: ['standard-change-with-approval'],
    fixes: context => {
        const range = context.diagnostic.range;
        const clause = context.document.textDocument.getText(range);
        if (!clause.startsWith('approval')) return [];
        const actions = [quickFix(context, `Remove '${clause}'`, [removeSpan(context.document, range)], true)];
        const workflow = enclosing(context, isWorkflow);
        const type = workflow && GrammarUtils.findNodeForProperty(workflow.$cstNode, 'type');
        if (workflow && type) actions.push(quickFix(context, `Make ${workflow.name} a normal change`, [replace(type.range, 'normal')]));
        return actions;
    },
});
