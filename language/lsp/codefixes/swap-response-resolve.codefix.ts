/**
 * sla-resolution-before-response: "Swap response and resolution" exchanges
 * the two durations (the usual slip); "Set resolution to 4h" makes the
 * resolution as long as the response.
 */
import { isPriorityTarget } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix } from './codefix.js';
import { replace } from './text-edits.js';

export const swapResponseResolve = defineCodeFix({
    id: 'swap-response-resolve',
    codes: ['sla-resolution-before-response'],
    fixes: context => {
        const target = enclosing(context, isPriorityTarget);
        const response = target?.response?.$cstNode;
        const resolve = target?.resolve?.$cstNode;
        if (!response || !resolve) return [];
        return [
            quickFix(context, 'Swap response and resolution', [replace(response.range, resolve.text), replace(resolve.range, response.text)], true),
            quickFix(context, `Set resolution to ${response.text}`, [replace(resolve.range, response.text)]),
        ];
    },
});
