/**
 * The extension's manifest agrees with its code: every command the extension
 * registers is contributed with a title and the category "ITSM" (and nothing
 * else is), menus name only those commands, the settings it reads exist with
 * their defaults; plus the small pure helpers of the extension (the findings
 * summary, the restart policy that keeps a crash from being silent or endless).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, DEFAULT_OUTPUT_FOLDER, SETTINGS, describeCounts } from '../../client/commands.js';
import { RestartPolicy } from '../../client/restart-policy.js';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributed: Array<{ command: string; title?: string; category?: string }> = manifest.contributes.commands ?? [];

/** The ids passed to `registerCommand(…)` anywhere in client/, resolving `COMMANDS.x` through commands.ts. */
function registeredCommandIds(): string[] {
    const ids: string[] = [];
    for (const file of readdirSync(path.join(ROOT, 'client')).filter(f => f.endsWith('.ts'))) {
        const text = readFileSync(path.join(ROOT, 'client', file), 'utf8');
        for (const match of text.matchAll(/registerCommand\(\s*([^,)]+)/g)) {
            const argument = match[1].trim();
            const literal = /^['"`]([^'"`]+)['"`]$/.exec(argument);
            const constant = /^COMMANDS\.(\w+)$/.exec(argument);
            if (literal) ids.push(literal[1]);
            else if (constant && constant[1] in COMMANDS) ids.push(COMMANDS[constant[1] as keyof typeof COMMANDS]);
            else throw new Error(`${file}: cannot tell which command registerCommand(${argument}) registers`);
        }
    }
    return ids;
}

describe('package.json contributes', () => {
    it('lists every command the extension registers, and only those', () => {
        const registered = registeredCommandIds();
        expect(registered.length).toBeGreaterThanOrEqual(5);
        expect(new Set(registered).size).toBe(registered.length);
        expect(contributed.map(c => c.command).sort()).toEqual([...registered].sort());
        expect([...registered].sort()).toEqual(Object.values(COMMANDS).sort());
    });

    it('gives each command a title and the category ITSM', () => {
        for (const command of contributed) {
            expect(command.title, command.command).toMatch(/^\S.*\S$/);
            expect(command.category, command.command).toBe('ITSM');
        }
        const titles = Object.fromEntries(contributed.map(c => [c.command, c.title]));
        expect(titles[COMMANDS.validateWorkspace]).toBe('Validate Workspace');
        expect(titles[COMMANDS.generate]).toBe('Generate…');
        expect(titles[COMMANDS.showDependencyGraph]).toBe('Show Dependency Graph');
        expect(titles[COMMANDS.openRuleDocumentation]).toBe('Open Rule Documentation');
    });

    it('puts Show Dependency Graph on the title bar of .itsm editors, and menus name only contributed commands', () => {
        const menus: Record<string, Array<{ command: string; when?: string; group?: string }>> = manifest.contributes.menus;
        expect(menus['editor/title']).toContainEqual({ command: COMMANDS.showDependencyGraph, when: 'resourceLangId == itsm', group: 'navigation' });
        const known = new Set(contributed.map(c => c.command));
        for (const entries of Object.values(menus)) for (const entry of entries) expect(known.has(entry.command), entry.command).toBe(true);
        const icon = contributed.find(c => c.command === COMMANDS.showDependencyGraph) as { icon?: string };
        expect(icon.icon).toMatch(/^\$\([a-z-]+\)$/);
    });

    it('declares the settings the extension and the server read, with their defaults', () => {
        const properties = manifest.contributes.configuration.properties;
        expect(Object.keys(properties).sort()).toEqual(Object.values(SETTINGS).sort());
        expect(properties[SETTINGS.rulesConfigPath]).toMatchObject({ type: 'string', default: '' });
        expect(properties[SETTINGS.generateOutputFolder]).toMatchObject({ type: 'string', default: DEFAULT_OUTPUT_FOLDER });
        expect(DEFAULT_OUTPUT_FOLDER).toBe('generated');
        // The LanguageClient's id is `itsm`, so it reads `itsm.trace.server` itself.
        expect(properties[SETTINGS.traceServer]).toMatchObject({ enum: ['off', 'messages', 'verbose'], default: 'off' });
        expect(readFileSync(path.join(ROOT, 'client/extension.ts'), 'utf8')).toContain("new LanguageClient('itsm',");
        for (const property of Object.values(properties) as Array<{ description?: string; markdownDescription?: string }>) {
            expect((property.description ?? property.markdownDescription ?? '').length).toBeGreaterThan(20);
        }
    });
});

describe('the extension bundle', () => {
    beforeAll(() => {
        if (!existsSync(path.join(ROOT, 'out/extension.cjs'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    }, 120_000);

    it('is CommonJS, keeps vscode external and carries neither Langium nor ELK', () => {
        const bundle = readFileSync(path.join(ROOT, 'out/extension.cjs'), 'utf8');
        expect(bundle).toContain('require("vscode")');
        expect(bundle).toContain('module.exports');
        expect(bundle).not.toMatch(/node_modules\/langium|elkjs/);
        for (const id of Object.values(COMMANDS)) expect(bundle).toContain(`"${id}"`);
    });
});

describe('extension helpers', () => {
    it('summarises findings', () => {
        expect(describeCounts({ files: 6, errors: 0, warnings: 0, infos: 0, hints: 0 })).toBe('no findings in 6 files');
        expect(describeCounts({ files: 1, errors: 1, warnings: 0, infos: 0, hints: 0 })).toBe('1 error in 1 file');
        expect(describeCounts({ files: 3, errors: 2, warnings: 1, infos: 4, hints: 0 })).toBe('2 errors, 1 warning and 4 infos in 3 files');
    });

    it('restarts a crashed server, but not endlessly, and forgets old crashes', () => {
        const policy = new RestartPolicy(3, 60_000);
        expect(policy.shouldRestart(0)).toBe(true);
        expect(policy.shouldRestart(1_000)).toBe(true);
        expect(policy.shouldRestart(2_000)).toBe(false);
        expect(policy.shouldRestart(70_000)).toBe(true); // the first two are out of the window
        policy.reset();
        expect(policy.shouldRestart(70_001)).toBe(true);
        expect(new RestartPolicy().description).toBe('5 times in 3 minutes');
    });

    it('shows a message whenever the server stops, instead of the client\'s own', () => {
        const source = readFileSync(path.join(ROOT, 'client/extension.ts'), 'utf8');
        expect(source).toContain("'The ITSM language server stopped; restarting…'");
        expect(source.match(/handled: true/g)).toHaveLength(2);
    });
});
