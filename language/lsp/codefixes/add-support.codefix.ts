/**
 * service-missing-support: "Add 'support ServiceDesk'", after the owner line
 * (or the kind, status and tier lines), naming the first team in scope as a
 * placeholder.
 */
import { isService } from '../../generated/ast.js';
import { addTeamLine } from './add-team-line.js';
import { defineCodeFix, enclosing } from './codefix.js';

export const addSupport = defineCodeFix({
    id: 'add-support',
    codes: ['service-missing-support'],
    fixes: context => addTeamLine(context, enclosing(context, isService), 'support', ['kind', 'status', 'tier', 'owner'], 'SupportTeam'),
});
