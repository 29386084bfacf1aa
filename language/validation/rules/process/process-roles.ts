/**
 * What each workflow process gives meaning to: its types and the state roles
 * (markers) it uses. `initial`, `final` and `approval by` belong to every process.
 */
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { State } from '../../../generated/ast.js';

export type StateRole = 'implementation' | 'resolved' | 'knownError' | 'validation' | 'deployment';

/** The keyword of each role, as written after a state's name. */
export const ROLE_KEYWORDS: Record<StateRole, string> = {
    implementation: 'implementation',
    resolved: 'resolved',
    knownError: 'known-error',
    validation: 'validation',
    deployment: 'deployment',
};

export interface ProcessClauses {
    types: string[];
    roles: StateRole[];
    /** Whether `change <Workflow>` (the authorizing change workflow) applies. */
    change: boolean;
}

export const PROCESS_CLAUSES: Record<string, ProcessClauses> = {
    change: { types: ['standard', 'normal', 'emergency'], roles: ['implementation'], change: false },
    release: { types: ['major', 'minor', 'emergency'], roles: ['validation', 'deployment'], change: true },
    incident: { types: [], roles: ['resolved'], change: false },
    problem: { types: [], roles: ['knownError'], change: false },
    request: { types: [], roles: [], change: false },
};

/** The processes that use a role, for messages ("resolved is for incident workflows"). */
export function processesWithRole(role: StateRole): string[] {
    return Object.entries(PROCESS_CLAUSES).filter(([, c]) => c.roles.includes(role)).map(([p]) => p);
}

/** The range of a role keyword in a state. */
export function roleKeywordRange(state: State, role: StateRole): Range | undefined {
    return GrammarUtils.findNodeForKeyword(state.$cstNode, ROLE_KEYWORDS[role])?.range;
}

/** "a or b" */
export function either(words: readonly string[]): string {
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "an incident workflow", "a change workflow" */
export function withArticle(words: string): string {
    return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}
