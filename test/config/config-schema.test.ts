/**
 * The shipped schemas/itsm.config.schema.json is the schema built from the
 * rule catalogue. Run with UPDATE_SCHEMAS=1 to rewrite it after adding a rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { expect, it } from 'vitest';
import { buildConfigSchema } from '../../language/config/config-schema.js';
import { RULES } from '../../language/validation/index.js';

const file = path.resolve(__dirname, '../../schemas/itsm.config.schema.json');

it('the shipped config schema equals the one built from the rule catalogue', () => {
    const built = JSON.stringify(buildConfigSchema(RULES), null, 2) + '\n';
    if (process.env.UPDATE_SCHEMAS) writeFileSync(file, built);
    expect(readFileSync(file, 'utf8')).toBe(built);
});

it('enumerates every rule code and compiles with ajv in strict mode', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.map(r => r.code).sort());
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
});

it('is contributed to VS Code for itsm.config.json files', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: 'itsm.config.json', url: './schemas/itsm.config.schema.json' });
});
