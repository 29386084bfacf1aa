/**
 * Snippets for the process workflows other than change, each with the ITIL
 * states of its process and the role its rules look for: a release tests
 * (`validation`) before it deploys (`deployment`) under a change workflow, an
 * incident is `resolved` before it is closed, a problem becomes a
 * `known-error`, a request is approved and fulfilled.
 */
import { isWorkflow } from '../generated/ast.js';
import type { Snippet } from './snippets.js';

/** The snippet text helpers of snippets.ts, passed in so both files number tab stops the same way. */
export interface SnippetParts {
    tab(value: string): string;
    block(head: string, lines: string[]): string;
    /** Visible definitions of a type, with their nodes, as the file names them. */
    visible(type: string): Array<{ name: string; node?: unknown }>;
    approver: string;
    team: string;
}

export function processSnippet(process: string, parts: SnippetParts): Snippet[] {
    switch (process) {
        case 'release': return [release(parts)];
        case 'incident': return [incident(parts)];
        case 'problem': return [problem(parts)];
        case 'request': return [request(parts)];
        default: return [];
    }
}

function release({ tab, block, visible, approver }: SnippetParts): Snippet {
    const changes = visible('Workflow').filter(d => isWorkflow(d.node) && d.node.process === 'change');
    const change = (changes.find(d => isWorkflow(d.node) && d.node.type === 'normal') ?? changes[0])?.name ?? 'NormalChange';
    const text = block(`release workflow ${tab('MajorRelease')}`, [
        'type major',
        `change ${tab(change)}`,
        'states {',
        '\tPlanned   initial',
        '\tBuild',
        '\tTest      validation',
        `\tApprove   approval by ${tab(approver)}`,
        '\tDeploy    deployment',
        '\tReview',
        '\tClosed    final',
        '\tCanceled  final',
        '}',
        'Planned -> Build -> Test -> Approve -> Deploy -> Review -> Closed',
        'Test -> Build',
        '* -> Canceled',
    ]);
    return { label: 'release workflow', detail: `release workflow (ITIL): build, test, deploy under ${change}`, text };
}

function incident({ tab, block }: SnippetParts): Snippet {
    const text = block(`incident workflow ${tab('IncidentHandling')}`, [
        'states {',
        '\tNew         initial',
        '\tInProgress',
        '\tOnHold',
        '\tResolved    resolved',
        '\tClosed      final',
        '\tCanceled    final',
        '}',
        'New -> InProgress -> Resolved -> Closed',
        'InProgress -> OnHold -> InProgress',
        'Resolved -> InProgress',
        '* -> Canceled',
    ]);
    return { label: 'incident workflow', detail: 'incident workflow (ITIL): resolved, then closed once confirmed', text };
}

function problem({ tab, block }: SnippetParts): Snippet {
    const text = block(`problem workflow ${tab('ProblemManagement')}`, [
        'states {',
        '\tNew            initial',
        '\tAssess',
        '\tRootCause',
        '\tKnownError     known-error',
        '\tFixInProgress',
        '\tResolved',
        '\tClosed         final',
        '}',
        'New -> Assess -> RootCause -> KnownError -> FixInProgress -> Resolved -> Closed',
    ]);
    return { label: 'problem workflow', detail: 'problem workflow (ITIL): root cause, known error, fix', text };
}

function request({ tab, block, team }: SnippetParts): Snippet {
    const text = block(`request workflow ${tab('ServiceRequest')}`, [
        'states {',
        '\tOpen              initial',
        `\tApproval          approval by ${tab(team)}`,
        '\tWorkInProgress',
        '\tClosedComplete    final',
        '\tClosedIncomplete  final',
        '}',
        'Open -> Approval -> WorkInProgress -> ClosedComplete',
        'Approval -> ClosedIncomplete',
    ]);
    return { label: 'request workflow', detail: 'service request workflow (ITIL): approve, fulfil', text };
}
