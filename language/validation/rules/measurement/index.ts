/** Measurement: key performance indicators and the agreements they are checked against. */
import type { RuleDefinition } from '../../rule.js';
import { kpiAgreementMismatch } from './kpi-agreement-mismatch.rule.js';
import { kpiIncomplete } from './kpi-incomplete.rule.js';
import { kpiOnRetiredService } from './kpi-on-retired-service.rule.js';
import { kpiTargetBelowAgreement } from './kpi-target-below-agreement.rule.js';
import { kpiTargetMismatch } from './kpi-target-mismatch.rule.js';

export const measurementRules: RuleDefinition[] = [
    kpiIncomplete,
    kpiTargetMismatch,
    kpiAgreementMismatch,
    kpiTargetBelowAgreement,
    kpiOnRetiredService,
];
