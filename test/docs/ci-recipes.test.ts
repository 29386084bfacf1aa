/**
 * Every `itsm` command line shown in docs/ci.md is run exactly as written
 * (with `npx itsm` standing for the CLI) against a copy of examples/acme as
 * `catalogue/`, and does what the recipe needs: exit 0 on a clean catalogue
 * and write the report the CI system picks up.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { itsm } from '../cli/run-cli.js';

const root = path.resolve(__dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/ci.md'), 'utf8');

/** `npx itsm …` command lines in the doc's code blocks, as written, without shell decoration. */
function commandLines(): string[] {
    const blocks = [...doc.matchAll(/```\w*\n([\s\S]*?)```/g)].map(m => m[1]);
    const lines = blocks.flatMap(block => [...block.matchAll(/npx itsm ([^'"\n|]*?)(?=\s*(?:\|\||['"]|$))/gm)].map(m => m[1].trim()));
    return [...new Set(lines)];
}

function catalogue(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-ci-'));
    cpSync(path.join(root, 'examples/acme'), path.join(dir, 'catalogue'), { recursive: true });
    return dir;
}

describe('docs/ci.md', () => {
    const commands = commandLines();

    it('shows the commands of every recipe', () => {
        expect(commands).toEqual(expect.arrayContaining([
            'format --check catalogue',
            'validate catalogue --format sarif --output itsm.sarif',
            'validate catalogue --format github',
            'validate catalogue --format junit --output itsm-junit.xml',
            'validate catalogue --quiet',
        ]));
    });

    it.each(commands)('itsm %s runs as written and succeeds on a clean catalogue', async command => {
        const dir = catalogue();
        const run = await itsm(command.split(/\s+/), dir);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const output = /--output (\S+)/.exec(command)?.[1];
        if (output) {
            const file = path.join(dir, output);
            expect(existsSync(file)).toBe(true);
            const text = readFileSync(file, 'utf8');
            if (output.endsWith('.xml')) expect(XMLValidator.validate(text)).toBe(true);
            if (output.endsWith('.sarif')) expect(JSON.parse(text).version).toBe('2.1.0');
        }
    });

    it('the config shown at the end is valid', async () => {
        const config = /```json\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## Tuning')))![1];
        const { parseConfig } = await import('../../language/config/config-file.js');
        const { RULES } = await import('../../language/validation/index.js');
        expect(parseConfig(config, RULES).problems).toEqual([]);
    });
});
