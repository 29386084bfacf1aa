/** The service catalogue: services, offerings and their dependencies. */
import type { RuleDefinition } from '../../rule.js';

export const catalogueRules: RuleDefinition[] = [];
