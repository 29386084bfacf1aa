/** IT service continuity: recovery objectives and continuity plans. */
import type { RuleDefinition } from '../../rule.js';
import { continuityPlanUntested } from './continuity-plan-untested.rule.js';
import { criticalServiceWithoutContinuityPlan } from './critical-service-without-continuity-plan.rule.js';
import { rpoExceedsRto } from './rpo-exceeds-rto.rule.js';
import { rtoShorterThanDependency } from './rto-shorter-than-dependency.rule.js';

export const continuityRules: RuleDefinition[] = [
    rtoShorterThanDependency,
    rpoExceedsRto,
    criticalServiceWithoutContinuityPlan,
    continuityPlanUntested,
];
