/** The service catalogue: services, offerings and their dependencies. */
import type { RuleDefinition } from '../../rule.js';
import { businessServiceWithoutOffering } from './business-service-without-offering.rule.js';
import { liveRequestItemWithoutFulfilment } from './live-request-item-without-fulfilment.rule.js';
import { liveDependsOnRetired } from './live-depends-on-retired.rule.js';
import { offeringWithoutSla } from './offering-without-sla.rule.js';
import { requestItemFulfilmentNotRequestWorkflow } from './request-item-fulfilment-not-request-workflow.rule.js';
import { requestTargetWithoutSlaHours } from './request-target-without-sla-hours.rule.js';
import { retiredServiceInAgreement } from './retired-service-in-agreement.rule.js';
import { serviceDependencyCycle } from './service-dependency-cycle.rule.js';
import { serviceMissingOwner } from './service-missing-owner.rule.js';
import { serviceMissingSupport } from './service-missing-support.rule.js';
import { technicalDependsOnBusiness } from './technical-depends-on-business.rule.js';
import { tierInversion } from './tier-inversion.rule.js';

export const catalogueRules: RuleDefinition[] = [
    serviceMissingOwner,
    serviceMissingSupport,
    businessServiceWithoutOffering,
    offeringWithoutSla,
    liveDependsOnRetired,
    serviceDependencyCycle,
    technicalDependsOnBusiness,
    retiredServiceInAgreement,
    tierInversion,
    liveRequestItemWithoutFulfilment,
    requestItemFulfilmentNotRequestWorkflow,
    requestTargetWithoutSlaHours,
];
