/** Service level management: SLAs, OLAs, underpinning contracts. */
import { olaHoursDoNotCoverSla } from './ola-hours-do-not-cover-sla.rule.js';
import { olaWeakerThanSla } from './ola-weaker-than-sla.rule.js';
import { slaAvailabilityExceedsDependencies } from './sla-availability-exceeds-dependencies.rule.js';
import { slaAvailabilityOutOfRange } from './sla-availability-out-of-range.rule.js';
import { slaHoursExceedSupportHours } from './sla-hours-exceed-support-hours.rule.js';
import { slaDuplicatePriorityTarget } from './sla-duplicate-priority-target.rule.js';
import { slaMissingPriorityTarget } from './sla-missing-priority-target.rule.js';
import { slaPriorityOrder } from './sla-priority-order.rule.js';
import { slaResolutionBeforeResponse } from './sla-resolution-before-response.rule.js';
import { slaUnknownPriority } from './sla-unknown-priority.rule.js';
import { ucMissingVendor } from './uc-missing-vendor.rule.js';

export const serviceLevelRules = [
    slaResolutionBeforeResponse,
    slaPriorityOrder,
    slaMissingPriorityTarget,
    slaUnknownPriority,
    slaDuplicatePriorityTarget,
    slaAvailabilityOutOfRange,
    slaAvailabilityExceedsDependencies,
    olaWeakerThanSla,
    olaHoursDoNotCoverSla,
    slaHoursExceedSupportHours,
    ucMissingVendor,
];
