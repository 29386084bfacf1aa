/** Change enablement: change workflows as state machines. */
import type { RuleDefinition } from '../../rule.js';
import { emergencyChangeWithoutEmergencyAuthority } from './emergency-change-without-emergency-authority.rule.js';
import { implementationBypassesApproval } from './implementation-bypasses-approval.rule.js';
import { normalChangeWithoutApproval } from './normal-change-without-approval.rule.js';
import { standardChangeWithApproval } from './standard-change-with-approval.rule.js';
import { workflowDeadEndState } from './workflow-dead-end-state.rule.js';
import { workflowFinalStateHasExit } from './workflow-final-state-has-exit.rule.js';
import { workflowInitialState } from './workflow-initial-state.rule.js';
import { workflowNoFinalState } from './workflow-no-final-state.rule.js';
import { workflowUnreachableState } from './workflow-unreachable-state.rule.js';

export const changeRules: RuleDefinition[] = [
    workflowInitialState, workflowNoFinalState, workflowUnreachableState, workflowDeadEndState, workflowFinalStateHasExit,
    standardChangeWithApproval, normalChangeWithoutApproval, emergencyChangeWithoutEmergencyAuthority,
    implementationBypassesApproval,
];
