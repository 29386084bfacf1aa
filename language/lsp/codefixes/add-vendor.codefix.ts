/**
 * uc-missing-vendor: "Add 'vendor \"Vendor name\"'" as the contract's first
 * line, or fill in a blank vendor; the name is a placeholder to change.
 */
import { isUnderpinningContract } from '../../generated/ast.js';
import { defineCodeFix, enclosing, quickFix } from './codefix.js';
import { insertInBlock, replace } from './text-edits.js';

const PLACEHOLDER = '"Vendor name"';

export const addVendor = defineCodeFix({
    id: 'add-vendor',
    codes: ['uc-missing-vendor'],
    fixes: context => {
        const contract = enclosing(context, isUnderpinningContract);
        if (!contract) return [];
        if (contract.vendor !== undefined) {
            return [quickFix(context, `Set vendor to ${PLACEHOLDER}`, [replace(context.diagnostic.range, PLACEHOLDER)], true)];
        }
        const edit = insertInBlock(context.document, contract, `vendor ${PLACEHOLDER}`);
        return edit ? [quickFix(context, `Add 'vendor ${PLACEHOLDER}'`, [edit], true)] : [];
    },
});
