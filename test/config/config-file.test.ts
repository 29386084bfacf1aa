import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../language/config/config-file.js';
import { RULES } from '../../language/validation/index.js';

describe('itsm.config.json checking', () => {
    it('accepts rule levels, include/exclude globs and generator options', () => {
        const result = parseConfig(JSON.stringify({
            $schema: './schemas/itsm.config.schema.json',
            rules: { 'ola-weaker-than-sla': 'warning', 'unused-definition': 'off' },
            include: ['catalogue/**/*.itsm'],
            exclude: ['drafts'],
            generate: { outDir: 'generated' },
        }), RULES);
        expect(result.problems).toEqual([]);
        expect(result.config?.rules?.['ola-weaker-than-sla']).toBe('warning');
    });

    it('names an unknown rule code with its position and the closest code', () => {
        const text = '{\n  "rules": {\n    "ola-weaker-then-sla": "off"\n  }\n}\n';
        const { problems } = parseConfig(text, RULES);
        expect(problems).toEqual([expect.objectContaining({
            line: 3, column: 5, key: 'rules.ola-weaker-then-sla',
            message: "unknown rule code 'ola-weaker-then-sla' (did you mean 'ola-weaker-than-sla'?); run `itsm rules` for every code",
        })]);
    });

    it('lists the allowed levels for a bad level, at the value', () => {
        const text = '{ "rules": { "invalid-value": "fatal" } }';
        const { problems } = parseConfig(text, RULES);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ line: 1, column: 31, key: 'rules.invalid-value' });
        expect(problems[0].message).toBe("'fatal' is not a level; allowed values: off, hint, info, warning, error");
    });

    it('refuses to change a rule that cannot be changed', () => {
        const { problems } = parseConfig('{ "rules": { "syntax-error": "off" } }', RULES);
        expect(problems[0].message).toBe("the level of 'syntax-error' cannot be changed (it is always error)");
    });

    it('names unknown top-level keys with the allowed ones', () => {
        const { problems } = parseConfig('{ "rulez": {} }', RULES);
        expect(problems[0]).toMatchObject({ key: 'rulez', line: 1, column: 3 });
        expect(problems[0].message).toContain('allowed keys: $schema, rules, include, exclude, generate');
    });

    it('reports text that is not JSON at the position of the mistake', () => {
        const { problems } = parseConfig('{\n  "rules": { "invalid-value": "off", }\n}', RULES);
        expect(problems[0]).toMatchObject({ line: 2, key: '' });
        expect(problems[0].message).toMatch(/^not valid JSON: /);
    });
});
