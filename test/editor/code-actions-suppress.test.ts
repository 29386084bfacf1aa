/**
 * The two suppressions every suppressible rule gets: a comment above the
 * finding's line, and the rule set to off in itsm.config.json (created in
 * the root when absent, edited in place with its formatting kept when
 * present). Rules that cannot be suppressed get neither.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../language/config/config-file.js';
import { RULES } from '../../language/validation/index.js';
import { action, applyEdit, buildWorkspaceIn, expectFix, offeredFor, titles } from './code-actions-harness.js';

const service = `package acme.it

team Ops

service Email {
  status live
  owner Ops
  availability 120%
}
`;

describe('disable for this line', () => {
    it('inserts the comment above the line with its indentation and a reason placeholder', async () => {
        await expectFix({ 'a.itsm': service }, 'a.itsm', 'sla-availability-out-of-range', 'Disable sla-availability-out-of-range for this line',
            service.replace('  availability 120%', '  // itsm-disable-next-line sla-availability-out-of-range -- reason\n  availability 120%'));
        await expectFix({ 'a.itsm': service }, 'a.itsm', 'service-missing-support', 'Disable service-missing-support for this line',
            service.replace('service Email', '// itsm-disable-next-line service-missing-support -- reason\nservice Email'));
    });

    it('adds the code to a suppression comment right above', async () => {
        const source = service.replace('  availability 120%', '  // itsm-disable-next-line tier-inversion -- known\n  availability 120%');
        const offered = await offeredFor({ 'a.itsm': source }, 'a.itsm', 'sla-availability-out-of-range');
        const texts = applyEdit(offered.workspace, action(offered, 'Disable sla-availability-out-of-range for this line').edit!);
        expect(Object.values(texts)).toEqual([source.replace('tier-inversion -- known', 'tier-inversion, sla-availability-out-of-range -- known')]);
    });

    it('offers no suppression for rules that cannot be suppressed', async () => {
        const cannot = RULES.filter(rule => rule.suppressible === false).map(rule => rule.code);
        expect(cannot).toEqual(['syntax-error', 'unresolved-reference', 'unused-suppression']);
        const broken = await offeredFor({ 'a.itsm': 'service Email { owner Nobody }\nservice {\n' }, 'a.itsm', 'syntax-error');
        expect(titles(broken)).toEqual([]);
        const unresolved = await offeredFor({ 'a.itsm': 'service Email { owner Nobody }\n' }, 'a.itsm', 'unresolved-reference');
        expect(titles(unresolved).filter(t => t.startsWith('Disable') || t.startsWith('Set'))).toEqual([]);
        const unused = await offeredFor({ 'a.itsm': '// itsm-disable-next-line tier-inversion\nteam Ops\n' }, 'a.itsm', 'unused-suppression');
        expect(titles(unused)).toEqual(['Remove the suppression comment']);
    });

    it('answers only the kinds asked for', async () => {
        const offered = await offeredFor({ 'a.itsm': service }, 'a.itsm', 'service-missing-support');
        const provider = offered.workspace.services.Itsm.lsp.CodeActionProvider!;
        const params = { textDocument: { uri: offered.document.uri.toString() }, range: offered.diagnostic.range, context: { diagnostics: [offered.diagnostic] } };
        expect(await provider.getCodeActions(offered.document, { ...params, context: { ...params.context, only: ['refactor'] } })).toEqual([]);
        expect((await provider.getCodeActions(offered.document, { ...params, context: { ...params.context, only: ['quickfix'] } }))?.length).toBe(3);
    });
});

describe('set to off in itsm.config.json', () => {
    const code = 'service-missing-support';
    const title = `Set ${code} to off in itsm.config.json`;

    /** Builds the folder's workspace with the config on disk loaded, as the server does. */
    async function withConfig(folder: string, text?: string) {
        const config = path.join(folder, 'itsm.config.json');
        if (text !== undefined) writeFileSync(config, text);
        return buildWorkspaceIn(folder, { 'a.itsm': service }, services => {
            if (text === undefined) return;
            const parsed = parseConfig(text, RULES);
            services.Itsm.validation.RuleSettings.useConfig(parsed.config, config);
        });
    }

    it('creates the config when there is none, and the finding is gone once it is loaded', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-fix-config-'));
        const offered = await offeredFor(await withConfig(folder), 'a.itsm', code);
        const edit = action(offered, title).edit!;
        const uri = URI.file(path.join(folder, 'itsm.config.json')).toString();
        expect(edit.documentChanges?.[0]).toEqual({ kind: 'create', uri, options: { ignoreIfExists: true } });
        const created = applyEdit(offered.workspace, edit)[uri];
        expect(created).toBe(`{\n    "rules": {\n        "${code}": "off"\n    }\n}\n`);
        const rebuilt = await withConfig(folder, created);
        expect(rebuilt.diagnostics('a.itsm').map(d => d.code)).not.toContain(code);
    });

    it("adds the rule to an existing file's rules, keeping its formatting", async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-fix-config-'));
        const existing = '{\n  "include": ["**/*.itsm"],\n  "rules": {\n    "tier-inversion": "warning"\n  }\n}\n';
        const offered = await offeredFor(await withConfig(folder, existing), 'a.itsm', code);
        const edit = action(offered, title).edit!;
        expect(edit.documentChanges).toHaveLength(1);
        const uri = URI.file(path.join(folder, 'itsm.config.json')).toString();
        const edited = applyEdit(offered.workspace, edit)[uri];
        expect(edited).toBe(`{\n  "include": ["**/*.itsm"],\n  "rules": {\n    "tier-inversion": "warning",\n    "${code}": "off"\n  }\n}\n`);
        const rebuilt = await withConfig(folder, edited);
        expect(rebuilt.diagnostics('a.itsm').map(d => d.code)).not.toContain(code);
    });

    it('adds a rules object first to a file without one, and offers nothing for a broken file', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'itsm-fix-config-'));
        const existing = '{\n\t"include": ["**/*.itsm"]\n}';
        const offered = await offeredFor(await withConfig(folder, existing), 'a.itsm', code);
        const uri = URI.file(path.join(folder, 'itsm.config.json')).toString();
        expect(applyEdit(offered.workspace, action(offered, title).edit!)[uri])
            .toBe(`{\n\t"rules": {\n\t\t"${code}": "off"\n\t},\n\t"include": ["**/*.itsm"]\n}`);
        writeFileSync(path.join(folder, 'itsm.config.json'), '{ "rules": ');
        const again = await offeredFor(offered.workspace, 'a.itsm', code);
        expect(titles(again)).not.toContain(title);
    });
});
