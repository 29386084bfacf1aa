import { describe, expect, it } from 'vitest';
import { codesOf, findingsOf, spanOf } from '../../../../test/rule-harness.js';

const CODE = 'import-unresolved';

const SHARED = 'package acme.shared\n\nteam Infrastructure\nholidays UKBankHolidays { 2026-12-25 }\n';

describe(CODE, () => {
    it('flags a wildcard import of a package no file declares, suggesting the closest package', async () => {
        const importing = 'package acme.it\nimport acme.shraed.*\n';
        const findings = await findingsOf(CODE, { 'shared.itsm': SHARED, 'it.itsm': importing });
        expect(findings).toEqual([expect.objectContaining({
            file: 'it.itsm',
            severity: 'error',
            ...spanOf(importing, 'acme.shraed.*'),
            message: "No package 'acme.shraed' in the workspace. Did you mean 'acme.shared.*'?",
            data: expect.objectContaining({ target: 'acme.shraed.*', suggestion: 'acme.shared.*' }),
        })]);
    });

    it('flags a single import of a definition that does not exist, suggesting the closest definition', async () => {
        const importing = 'package acme.it\nimport acme.shared.UKBankHoliday\n';
        const findings = await findingsOf(CODE, { 'shared.itsm': SHARED, 'it.itsm': importing });
        expect(findings).toEqual([expect.objectContaining({
            ...spanOf(importing, 'acme.shared.UKBankHoliday'),
            message: "No definition 'acme.shared.UKBankHoliday' in the workspace. Did you mean 'acme.shared.UKBankHolidays'?",
            data: expect.objectContaining({ target: 'acme.shared.UKBankHoliday', suggestion: 'acme.shared.UKBankHolidays' }),
        })]);
    });

    it('suggests nothing when no name is close', async () => {
        const text = 'package acme.it\nimport telco.carrier.*\nimport acme.it.Nothing\nteam Ops\n';
        const messages = (await findingsOf(CODE, text)).map(f => f.message);
        expect(messages).toEqual([
            "No package 'telco.carrier' in the workspace",
            "No definition 'acme.it.Nothing' in the workspace",
        ]);
    });

    it('accepts imports of a package, an enclosing package, a definition, a service\'s offerings and one offering', async () => {
        const files = {
            'shared.itsm': SHARED,
            'services.itsm': 'package acme.it\nservice Email { offering EmailStandard }\n',
            'agreements.itsm': [
                'package acme.sl',
                'import acme.shared.*',
                'import acme.*',
                'import acme.shared.UKBankHolidays',
                'import acme.it.Email.*',
                'import acme.it.Email.EmailStandard',
            ].join('\n'),
        };
        expect(await codesOf(files)).not.toContain('syntax-error');
        expect(await findingsOf(CODE, files)).toEqual([]);
    });

    // `import acme.shared` makes the package reachable by its last segment: `shared.Infrastructure`.
    it('accepts an import of a package without .* (the package is then reachable by its last segment)', async () => {
        const importing = 'package acme.it\nimport acme.shared\n';
        expect(await findingsOf(CODE, { 'shared.itsm': SHARED, 'it.itsm': importing })).toEqual([]);
    });

    // After a syntax error inside an import the parser recovers with a partial
    // target ('.' or 'acme.'); the syntax error already explains the problem.
    it('stays quiet about an import the parser could not read', async () => {
        const text = 'package acme.it\nimport vendor.telco.*\nimport acme.\nteam Ops\n';
        expect(await findingsOf('syntax-error', text)).not.toEqual([]);
        expect(await findingsOf(CODE, text)).toEqual([]);
    });
});
