/**
 * The JSON Schema of `itsm.config.json`, built from the rule catalogue so that
 * it always enumerates every rule code. Shipped as
 * schemas/itsm.config.schema.json (a test keeps the file equal to this).
 */
import type { RuleDefinition } from '../validation/rule.js';

export const LEVELS = ['off', 'hint', 'info', 'warning', 'error'] as const;

export const CONFIG_FILE_NAME = 'itsm.config.json';

export function buildConfigSchema(rules: readonly RuleDefinition[]): Record<string, unknown> {
    const ruleProperties: Record<string, unknown> = {};
    for (const rule of [...rules].sort((a, b) => a.code.localeCompare(b.code))) {
        ruleProperties[rule.code] = rule.suppressible === false
            ? { const: rule.severity, description: `${rule.description} (cannot be changed)` }
            : { enum: [...LEVELS], default: rule.severity, description: `${rule.description} Default: ${rule.severity}.` };
    }
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/itsm-dsl/itsm-language/blob/main/schemas/itsm.config.schema.json',
        title: 'itsm.config.json',
        description: 'Configuration of the ITSM language tools: rule levels, which files to check, generator options.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string', description: 'Where editors find this schema.' },
            rules: {
                type: 'object',
                description: 'Level of each rule: off, hint, info, warning or error.',
                additionalProperties: false,
                properties: ruleProperties,
            },
            include: {
                type: 'array',
                description: 'Globs of .itsm files to check, relative to this file (default: **/*.itsm).',
                items: { type: 'string', minLength: 1 },
            },
            exclude: {
                type: 'array',
                description: 'Globs of files or folders to leave out, relative to this file (node_modules is always left out).',
                items: { type: 'string', minLength: 1 },
            },
            generate: {
                type: 'object',
                description: 'Options of `itsm generate`.',
                additionalProperties: false,
                properties: {
                    outDir: { type: 'string', minLength: 1, description: 'Default output folder, relative to this file.' },
                },
            },
        },
    };
}
