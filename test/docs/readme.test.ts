import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { itsm } from '../cli/run-cli.js';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

it('the README\'s 30-second example prints exactly the output the README shows', async () => {
    const source = /```itsm\n([\s\S]*?)```/.exec(readme)![1];
    const shown = /```text\n\$ \.\/bin\/itsm validate catalogue\/\n([\s\S]*?)```/.exec(readme)![1];
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-readme-'));
    mkdirSync(path.join(dir, 'catalogue'));
    writeFileSync(path.join(dir, 'catalogue/email.itsm'), source);
    const run = await itsm(['validate', 'catalogue/'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(shown);
});

it('the README\'s quick start uses exactly two commands, and CI runs the second', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'));
    const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)![1].split('\n').filter(line => line && !line.startsWith('#'));
    expect(commands).toEqual(['npm ci && ./bin/itsm validate examples/acme', 'npm ci && npm test']);
    const ci = readFileSync(path.resolve(__dirname, '../../.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
});
