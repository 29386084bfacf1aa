import { defineRule } from '../../rule.js';

/** Reported by the lexer and parser; see `document-validator.ts`. */
export const syntaxError = defineRule({
    code: 'syntax-error',
    severity: 'error',
    category: 'structure',
    description: 'The parser could not read the text; the message says what was expected.',
    suppressible: false,
});
