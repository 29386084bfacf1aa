/** Structure and references: the rules every workspace must pass before anything else means much. */
import { duplicateDefinition } from './duplicate-definition.rule.js';
import { duplicateProperty } from './duplicate-property.rule.js';
import { invalidValue } from './invalid-value.rule.js';
import { syntaxError } from './syntax-error.rule.js';
import { unresolvedReference } from './unresolved-reference.rule.js';

export const structureRules = [syntaxError, unresolvedReference, duplicateDefinition, duplicateProperty, invalidValue];
