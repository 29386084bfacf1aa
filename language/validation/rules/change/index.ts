/** Change enablement: change workflows as state machines. */
import type { RuleDefinition } from '../../rule.js';

export const changeRules: RuleDefinition[] = [];
