/** Service level management: SLAs, OLAs, underpinning contracts. */
import { olaWeakerThanSla } from './ola-weaker-than-sla.rule.js';
import { slaAvailabilityOutOfRange } from './sla-availability-out-of-range.rule.js';

export const serviceLevelRules = [slaAvailabilityOutOfRange, olaWeakerThanSla];
