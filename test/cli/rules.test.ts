import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itsm } from './run-cli.js';

const root = path.resolve(__dirname, '../..');
const catalogue = path.resolve(root, '../shared/rules.md');

/** `| code | E | checks |` rows of the rule catalogue, as [code, severity]. */
function contractRules(): Array<[string, string]> {
    const severities: Record<string, string> = { E: 'error', W: 'warning', I: 'info', H: 'hint' };
    return [...readFileSync(catalogue, 'utf8').matchAll(/^\| ([a-z][a-z0-9-]+) \| ([EWIH]) \|/gm)].map(m => [m[1], severities[m[2]]]);
}

describe('itsm rules', () => {
    it('--format json lists every rule with code, severity, category, description and docs link', async () => {
        const run = await itsm(['rules', '--format', 'json'], root);
        expect(run.code).toBe(0);
        const { version, rules } = JSON.parse(run.stdout);
        expect(version).toBe(1);
        for (const rule of rules) {
            expect(Object.keys(rule).sort()).toEqual(['category', 'code', 'description', 'docs', 'severity', 'suppressible']);
            expect(existsSync(path.join(root, 'docs/rules', `${rule.code}.md`)), rule.code).toBe(true);
            expect(rule.docs).toMatch(new RegExp(`/docs/rules/${rule.code}\\.md$`));
        }
    });

    // The contract lives beside the repository (../shared/rules.md), as it does in CI.
    it.skipIf(!existsSync(catalogue))('includes every code of the rule catalogue with its default severity', async () => {
        const listed = new Map<string, string>(JSON.parse((await itsm(['rules', '--format', 'json'], root)).stdout).rules
            .map((r: { code: string; severity: string }) => [r.code, r.severity]));
        const expected = contractRules();
        expect(expected.length).toBe(47);
        for (const [code, severity] of expected) expect(`${code} ${listed.get(code)}`).toBe(`${code} ${severity}`);
    });

    it('prints a readable table grouped by category by default', async () => {
        const run = await itsm(['rules'], root);
        expect(run.stdout).toMatch(/^structure:\n {2}syntax-error +error +The parser could not read the text/);
        expect(run.stdout).toMatch(/\n\d+ rules\. Each has a page at /);
    });
});
