/**
 * business-service-without-offering: "Add offering 'EmailStandard'" (the
 * rule's `suggested` name) as the service's last line.
 */
import { isService } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix, stringData } from './codefix.js';
import { insertInBlock } from './text-edits.js';

export const addOffering = defineCodeFix({
    id: 'add-offering',
    codes: ['business-service-without-offering'],
    fixes: context => {
        const service = enclosing(context, isService);
        const name = stringData(context, 'suggested');
        if (!service || !name) return [];
        const edit = insertInBlock(context.document, service, `offering ${name} { audience "All staff" }`, { atEnd: true });
        return edit ? [quickFix(context, `Add offering '${name}'`, [edit], true)] : [];
    },
});
