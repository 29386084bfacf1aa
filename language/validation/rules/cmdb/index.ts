/** Configuration management: CI classes, CIs and their relationships. */
import type { RuleDefinition } from '../../rule.js';

export const cmdbRules: RuleDefinition[] = [];
