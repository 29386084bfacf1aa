/**
 * Every rule of the catalogue has a page at docs/rules/<code>.md with the
 * same severity and category as the code, and its examples do what the page
 * says: the failing example raises the rule, the fixed example does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../language/validation/index.js';
import { buildWorkspace } from '../workspace.js';

const docs = path.resolve(__dirname, '../../docs/rules');
const REQUIRED_SECTIONS = ['## What it checks', '## Why', '## Failing example', '## Fixed example', '## Configure or suppress'];

function section(page: string, heading: string): string {
    const start = page.indexOf(heading);
    if (start < 0) return '';
    const next = page.indexOf('\n## ', start + heading.length);
    return page.slice(start, next < 0 ? undefined : next);
}

function itsmBlocks(text: string): string[] {
    return [...text.matchAll(/```itsm\n([\s\S]*?)```/g)].map(m => m[1]);
}

async function codesIn(source: string): Promise<string[]> {
    const workspace = await buildWorkspace({ 'example.itsm': source });
    return workspace.all().map(d => String(d.code));
}

describe.each(RULES.map(rule => [rule.code, rule] as const))('docs/rules/%s.md', (code, rule) => {
    const file = path.join(docs, `${code}.md`);

    it('exists with the required sections and the rule\'s severity and category', () => {
        expect(existsSync(file), `missing ${file}`).toBe(true);
        const page = readFileSync(file, 'utf8');
        expect(page.startsWith(`# ${code}\n`)).toBe(true);
        for (const heading of REQUIRED_SECTIONS) expect(page, `${code}: ${heading}`).toContain(`\n${heading}\n`);
        expect(page).toContain(`| ${rule.severity} | ${rule.category} | ${rule.suppressible === false ? 'no' : 'yes'} |`);
    });

    it('has a failing example that raises it and a fixed example that does not', async () => {
        const page = readFileSync(file, 'utf8');
        const [failing] = itsmBlocks(section(page, '## Failing example'));
        const [fixed] = itsmBlocks(section(page, '## Fixed example'));
        expect(failing, 'failing example').toBeDefined();
        expect(fixed, 'fixed example').toBeDefined();
        expect(await codesIn(failing)).toContain(code);
        const fixedCodes = await codesIn(fixed);
        expect(fixedCodes).not.toContain(code);
        expect(fixedCodes).not.toContain('syntax-error');
    });
});
