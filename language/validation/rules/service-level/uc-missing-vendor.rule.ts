import type { UnderpinningContract } from '../../../generated/ast.js';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * An underpinning contract is the agreement with an external supplier, so it
 * must say who that is: no `vendor`, or a blank one, is reported (on the
 * blank vendor, else on the contract's name).
 */
function checkContract(contract: UnderpinningContract, { report }: RuleContext): void {
    if (contract.vendor === undefined) {
        report({
            node: contract,
            property: 'name',
            message: `Underpinning contract ${contract.name} names no vendor; an underpinning contract is with an external ` +
                'supplier, so say which one (vendor "…"), or make it an OLA if an internal team provides the service',
            data: { contract: contract.name },
        });
    } else if (contract.vendor.trim() === '') {
        report({
            node: contract,
            property: 'vendor',
            message: `Underpinning contract ${contract.name} has a blank vendor; name the external supplier it is with`,
            data: { contract: contract.name },
        });
    }
}

export const ucMissingVendor = defineRule({
    code: 'uc-missing-vendor',
    severity: 'error',
    category: 'service-level',
    description: 'An underpinning contract names no external vendor.',
    checks: {
        UnderpinningContract: checkContract,
    },
});
