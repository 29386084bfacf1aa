/**
 * Reads and checks `itsm.config.json` against its schema. Every problem comes
 * back with a line, a column, the key and what is allowed there, for the CLI
 * (exit 2) and for diagnostics in the editor.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { closestName } from '../references/string-distance.js';
import type { RuleDefinition, Level } from '../validation/rule.js';
import { buildConfigSchema, LEVELS } from './config-schema.js';

export interface ItsmConfig {
    rules?: Record<string, Level>;
    include?: string[];
    exclude?: string[];
    generate?: { outDir?: string };
}

export interface ConfigProblem {
    /** 1-based. */
    line: number;
    column: number;
    /** 0-based offsets into the text, for editor ranges. */
    offset: number;
    length: number;
    /** JSON path of the offending key, e.g. `rules.foo`. */
    key: string;
    message: string;
}

export type ConfigResult = { config: ItsmConfig; problems: [] } | { config?: undefined; problems: ConfigProblem[] };

type Validator = ValidateFunction;
const validators = new WeakMap<readonly RuleDefinition[], Validator>();

function validatorFor(rules: readonly RuleDefinition[]): Validator {
    let validate = validators.get(rules);
    if (!validate) {
        validate = new Ajv({ allErrors: true, strict: true }).compile(buildConfigSchema(rules));
        validators.set(rules, validate);
    }
    return validate;
}

export function parseConfig(text: string, rules: readonly RuleDefinition[]): ConfigResult {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 || !tree) {
        const first = errors[0];
        const offset = first?.offset ?? 0;
        return { problems: [problemAt(text, offset, first?.length ?? 0, '', `not valid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`)] };
    }
    const value = getNodeValue(tree) as unknown;
    const validate = validatorFor(rules);
    if (validate(value)) return { config: value as ItsmConfig, problems: [] };
    const problems = (validate.errors ?? [])
        .filter(error => error.keyword !== 'if')
        .map(error => describe(error, tree, text, rules));
    return { problems: dedupe(problems) };
}

function describe(error: ErrorObject, tree: Node, text: string, rules: readonly RuleDefinition[]): ConfigProblem {
    const path = error.instancePath.split('/').slice(1).map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = path.join('.');
    if (error.keyword === 'additionalProperties') {
        const extra = (error.params as { additionalProperty: string }).additionalProperty;
        const node = findNodeAtLocation(tree, [...path, extra])?.parent?.children?.[0] ?? tree;
        const fullKey = [...path, extra].join('.');
        if (path.length === 1 && path[0] === 'rules') {
            const suggestion = closestName(extra, rules.map(r => r.code));
            return problemAt(text, node.offset, node.length, fullKey,
                `unknown rule code '${extra}'` + (suggestion ? ` (did you mean '${suggestion}'?)` : '') + '; run `itsm rules` for every code');
        }
        const allowed = Object.keys(schemaAt(rules, path)?.properties ?? {}).join(', ');
        return problemAt(text, node.offset, node.length, fullKey, `unknown key '${extra}'; allowed keys: ${allowed}`);
    }
    const node = findNodeAtLocation(tree, path) ?? tree;
    if (error.keyword === 'enum') {
        return problemAt(text, node.offset, node.length, key, `'${String(getNodeValue(node))}' is not a level; allowed values: ${LEVELS.join(', ')}`);
    }
    if (error.keyword === 'const') {
        return problemAt(text, node.offset, node.length, key, `the level of '${path[path.length - 1]}' cannot be changed (it is always ${String((error.params as { allowedValue: unknown }).allowedValue)})`);
    }
    return problemAt(text, node.offset, node.length, key, `${key || 'the file'} ${error.message ?? 'is not valid'}`);
}

function schemaAt(rules: readonly RuleDefinition[], path: string[]): { properties?: Record<string, unknown> } | undefined {
    let schema = buildConfigSchema(rules) as { properties?: Record<string, unknown> };
    for (const segment of path) {
        schema = schema.properties?.[segment] as typeof schema;
        if (!schema) return undefined;
    }
    return schema;
}

function problemAt(text: string, offset: number, length: number, key: string, message: string): ConfigProblem {
    const before = text.slice(0, offset).split(/\r?\n/);
    return { line: before.length, column: before[before.length - 1].length + 1, offset, length, key, message };
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
    const seen = new Set<string>();
    return problems.filter(p => {
        const key = `${p.offset}:${p.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}
