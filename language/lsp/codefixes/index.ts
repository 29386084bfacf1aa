/**
 * Every quick fix, registered once. The provider asks the fixes of a
 * diagnostic's code in this order, then the two suppressions (this line,
 * the config file) for every rule that can be suppressed.
 */
import { findRule } from '../../validation/index.js';
import type { CodeFix } from './codefix.js';
import { addFinalState } from './add-final-state.codefix.js';
import { addOffering } from './add-offering.codefix.js';
import { addOwner } from './add-owner.codefix.js';
import { addPriorityTargets } from './add-priority-targets.codefix.js';
import { addSupport } from './add-support.codefix.js';
import { addVendor } from './add-vendor.codefix.js';
import { changeReference } from './change-reference.codefix.js';
import { kpiDirection, raiseKpiTarget, swapRtoRpo } from './continuity-kpi.codefix.js';
import { createDefinition } from './create-definition.codefix.js';
import { disableInConfig } from './disable-in-config.codefix.js';
import { disableLine } from './disable-line.codefix.js';
import { durationUnit } from './duration-unit.codefix.js';
import { importSuggestion } from './import-suggestion.codefix.js';
import { initialState } from './initial-state.codefix.js';
import { lowerAvailability } from './lower-availability.codefix.js';
import { markStateRole, nameEmergencyChange, removeResolvedFinal } from './process-workflow.codefix.js';
import { removeApproval } from './remove-approval.codefix.js';
import { removeDuplicateProperty } from './remove-duplicate-property.codefix.js';
import { removeSuppression } from './remove-suppression.codefix.js';
import { swapResponseResolve } from './swap-response-resolve.codefix.js';
import { tightenTarget } from './tighten-target.codefix.js';
import { timezoneSuggestion } from './timezone.codefix.js';

export const CODE_FIXES: readonly CodeFix[] = [
    // structure
    changeReference, createDefinition, importSuggestion, removeDuplicateProperty, durationUnit, removeSuppression,
    // catalogue
    addOwner, addSupport, addOffering,
    // service level
    addPriorityTargets, tightenTarget, swapResponseResolve, lowerAvailability, addVendor,
    // calendars, change
    timezoneSuggestion, addFinalState, initialState, removeApproval,
    // process workflows
    markStateRole, removeResolvedFinal, nameEmergencyChange,
    // continuity, KPIs
    swapRtoRpo, kpiDirection, raiseKpiTarget,
    // suppressions, last
    disableLine, disableInConfig,
];

/** Whether findings of this code can be suppressed (a known rule not marked otherwise). */
export function isSuppressible(code: string): boolean {
    const rule = findRule(code);
    return rule !== undefined && rule.suppressible !== false;
}

/** The fixes that apply to a code, in registration order. */
export function fixesFor(code: string): CodeFix[] {
    return CODE_FIXES.filter(fix => fix.codes === 'suppressible' ? isSuppressible(code) : fix.codes.includes(code));
}
