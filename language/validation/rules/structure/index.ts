/** Structure and references: the rules every workspace must pass before anything else means much. */
import { importConflict } from './import-conflict.rule.js';
import { importUnresolved } from './import-unresolved.rule.js';
import { duplicateLocalName } from './duplicate-local-name.rule.js';
import { duplicateDefinition } from './duplicate-definition.rule.js';
import { duplicateProperty } from './duplicate-property.rule.js';
import { invalidValue } from './invalid-value.rule.js';
import { unusedSuppression } from './unused-suppression.rule.js';
import { unusedDefinition } from './unused-definition.rule.js';
import { syntaxError } from './syntax-error.rule.js';
import { unresolvedReference } from './unresolved-reference.rule.js';

export const structureRules = [
    syntaxError, unresolvedReference, duplicateDefinition, duplicateLocalName, importUnresolved, importConflict, unusedDefinition, duplicateProperty, invalidValue,
    unusedSuppression,
];
