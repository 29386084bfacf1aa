/** Helpers shared by the change-type rules: where an `approval by ...` clause is, and who it names. */
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isChangeAuthority, type ChangeAuthority, type State } from '../../../generated/ast.js';

/** The range of `approval by A, B` in a state, from the keyword to the last approver. */
export function approvalClauseRange(state: State): Range | undefined {
    const start = GrammarUtils.findNodeForKeyword(state.$cstNode, 'approval')?.range.start;
    const last = state.approvers[state.approvers.length - 1]?.$refNode?.range.end;
    return start && last ? { start, end: last } : undefined;
}

/** "CAB, Messaging" as written. */
export function approverNames(state: State): string {
    return state.approvers.map(a => a.$refText).join(', ');
}

/** The change authorities a state's approvers resolve to (teams left out). */
export function authoritiesOf(state: State): ChangeAuthority[] {
    return state.approvers.map(a => a.ref).filter(isChangeAuthority);
}
