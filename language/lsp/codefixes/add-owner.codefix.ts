/**
 * service-missing-owner and ci-missing-owner: "Add 'owner Messaging'", after
 * the kind, status and tier lines (a CI's environment and status), naming
 * the first team in scope as a placeholder.
 */
import { isConfigurationItem, isService } from '../../generated/ast.js';
import { addTeamLine } from './add-team-line.js';
import { defineCodeFix, enclosing } from './codefix.js';

export const addOwner = defineCodeFix({
    id: 'add-owner',
    codes: ['service-missing-owner', 'ci-missing-owner'],
    fixes: context => context.code === 'ci-missing-owner'
        ? addTeamLine(context, enclosing(context, isConfigurationItem), 'owner', ['environment', 'status'], 'OwnerTeam')
        : addTeamLine(context, enclosing(context, isService), 'owner', ['kind', 'status', 'tier'], 'OwnerTeam'),
});
