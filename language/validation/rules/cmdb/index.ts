/** Configuration management: CI classes, CIs and their relationships. */
import type { RuleDefinition } from '../../rule.js';
import { ciAttributeTypeMismatch } from './ci-attribute-type-mismatch.rule.js';
import { ciHostingCycle } from './ci-hosting-cycle.rule.js';
import { ciMissingOwner } from './ci-missing-owner.rule.js';
import { ciMissingRequiredAttribute } from './ci-missing-required-attribute.rule.js';
import { ciSinglePointOfFailure } from './ci-single-point-of-failure.rule.js';
import { ciUnknownAttribute } from './ci-unknown-attribute.rule.js';
import { productionDependsOnNonProduction } from './production-depends-on-non-production.rule.js';

export const cmdbRules: RuleDefinition[] = [
    ciMissingRequiredAttribute, ciUnknownAttribute, ciAttributeTypeMismatch, ciHostingCycle, ciMissingOwner,
    productionDependsOnNonProduction, ciSinglePointOfFailure,
];
