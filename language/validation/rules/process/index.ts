/** Process workflows beyond change: incident, problem, release and request, and which clauses fit which process. */
import type { RuleDefinition } from '../../rule.js';
import { emergencyReleaseWithoutEmergencyChange } from './emergency-release-without-emergency-change.rule.js';
import { incidentResolvedStateIsFinal } from './incident-resolved-state-is-final.rule.js';
import { incidentWithoutResolvedState } from './incident-without-resolved-state.rule.js';
import { problemWithoutKnownErrorState } from './problem-without-known-error-state.rule.js';
import { releaseDeploymentBypassesValidation } from './release-deployment-bypasses-validation.rule.js';
import { workflowClauseNotForProcess } from './workflow-clause-not-for-process.rule.js';

export const processRules: RuleDefinition[] = [
    workflowClauseNotForProcess, incidentWithoutResolvedState, incidentResolvedStateIsFinal, problemWithoutKnownErrorState,
    releaseDeploymentBypassesValidation, emergencyReleaseWithoutEmergencyChange,
];
