/**
 * Rename across files: every declaration, reference and import naming the
 * definition changes, qualifiers stay; local names (states, priorities,
 * attributes) rename with their uses; keywords, built-in words, packages and
 * bad new names are refused with a message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'vscode-languageserver-types';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { navigationFiles } from './navigation-fixture.js';
import { applyWorkspaceEdit, at, doc, textAt } from './navigation-workspace.js';

let workspace: TestWorkspace;

beforeAll(async () => {
    workspace = await buildWorkspace(navigationFiles);
});

const provider = () => workspace.services.Itsm.lsp.RenameProvider!;

async function rename(file: string, position: Position, newName: string): Promise<Record<string, string>> {
    const document = doc(workspace, file);
    const edit = await provider().rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
    return applyWorkspaceEdit(workspace, edit);
}

async function prepare(file: string, position: Position) {
    const document = doc(workspace, file);
    return provider().prepareRename(document, { textDocument: { uri: document.uri.toString() }, position });
}

/** Every file with `pattern` replaced, for the files where it occurs. */
function expected(pattern: RegExp, replacement: string): Record<string, string> {
    return Object.fromEntries(Object.entries(navigationFiles)
        .filter(([, text]) => new RegExp(pattern.source).test(text))
        .map(([file, text]) => [file, text.replace(new RegExp(pattern.source, 'g'), replacement)]));
}

/** The renamed workspace still links: no errors (warnings such as unused definitions aside). */
async function expectLinks(renamed: Record<string, string>): Promise<void> {
    const after = await buildWorkspace({ ...navigationFiles, ...renamed });
    expect(after.all().filter(d => d.severity === 1).map(d => `${d.file}: ${d.message}`)).toEqual([]);
}

describe('rename', () => {
    it('starts from a workspace without errors', async () => {
        await expectLinks({});
    });

    it('renames a CI in every file: plain, imported, package-qualified and fully qualified references', async () => {
        const renamed = await rename('shared.itsm', at(workspace, 'shared.itsm', 'ci |ad01'), 'ad02');
        expect(renamed).toEqual(expected(/\bad01\b/, 'ad02'));
        expect(renamed['it.itsm']).toContain('import acme.shared.ad02\n');
        expect(renamed['it.itsm']).toContain('realized by acme.shared.ad02, dc01');
        expect(renamed['ops.itsm']).toContain('realized by shared.ad02');
        await expectLinks(renamed);
    });

    it('renames the same way from a qualified reference or from an import', async () => {
        const fromReference = await rename('it.itsm', at(workspace, 'it.itsm', 'acme.shared.|ad01'), 'ad02');
        const fromImport = await rename('it.itsm', at(workspace, 'it.itsm', 'import acme.shared.a|d01'), 'ad02');
        expect(fromReference).toEqual(expected(/\bad01\b/, 'ad02'));
        expect(fromImport).toEqual(fromReference);
    });

    it('renames a service in its imports, the imports of its offerings and qualified references', async () => {
        const renamed = await rename('it.itsm', at(workspace, 'it.itsm', 'service |Email'), 'Mail');
        expect(renamed).toEqual(expected(/\bEmail\b/, 'Mail'));
        expect(renamed['ops.itsm']).toContain('import acme.it.Mail.EmailStandard\nimport acme.it.Mail.*\n');
        expect(renamed['ops.itsm']).toContain('depends on Mail, acme.it.Mail');
        await expectLinks(renamed);
    });

    it('renames an offering in the segment that names it, keeping its service', async () => {
        const renamed = await rename('it.itsm', at(workspace, 'it.itsm', 'offering |EmailStandard'), 'Basic');
        expect(renamed).toEqual(expected(/\bEmailStandard\b/, 'Basic'));
        expect(renamed['ops.itsm']).toContain('import acme.it.Email.Basic\n');
        await expectLinks(renamed);
    });

    it('renames a team referenced by a fully qualified name from another package', async () => {
        const renamed = await rename('ops.itsm', at(workspace, 'ops.itsm', 'acme.it.|Messaging'), 'Mail-Team');
        expect(renamed).toEqual(expected(/\bMessaging\b/, 'Mail-Team'));
        expect(renamed['ops.itsm']).toContain('owner acme.it.Mail-Team');
        await expectLinks(renamed);
    });

    it('renames a workflow state in its transitions', async () => {
        const renamed = await rename('it.itsm', at(workspace, 'it.itsm', '    |Assess'), 'Review');
        expect(Object.keys(renamed)).toEqual(['it.itsm']);
        expect(renamed['it.itsm']).toContain('  states {\n    New initial\n    Review\n    Done final\n  }\n  New -> Review -> Done\n  Review -> New\n');
        await expectLinks(renamed);
    });

    it('renames a priority in its matrix rows and in the agreements that use it', async () => {
        const renamed = await rename('it.itsm', at(workspace, 'it.itsm', '  |P1 { response'), 'Critical');
        expect(renamed).toEqual(expected(/\bP1\b/, 'Critical'));
        expect(renamed['it.itsm']).toContain('priorities Critical, P2\n');
        expect(renamed['it.itsm']).toContain('impact high -> Critical P2\n');
        await expectLinks(renamed);
    });

    it('renames a CI class attribute where CIs set it, subclasses\' CIs included', async () => {
        const renamed = await rename('shared.itsm', at(workspace, 'shared.itsm', 'attribute |site'), 'location');
        expect(renamed).toEqual(expected(/\bsite\b/, 'location'));
        expect(renamed['it.itsm']).toContain('ci dc01: DomainController { location "Leeds" }');
        await expectLinks(renamed);
    });

    it('prepares a rename with the range of the name alone, not its qualifier', async () => {
        const range = await prepare('it.itsm', at(workspace, 'it.itsm', 'acme.shared.ad|01'));
        expect(range && textAt(workspace, 'it.itsm', range)).toBe('ad01');
        const declaration = await prepare('it.itsm', at(workspace, 'it.itsm', 'service Em|ail'));
        expect(declaration && textAt(workspace, 'it.itsm', declaration)).toBe('Email');
    });

    it('refuses keywords, built-in words, packages, unresolved names and literals, saying why', async () => {
        const refusal = (file: string, marker: string) => Promise.resolve().then(() => prepare(file, at(workspace, file, marker)));
        await expect(refusal('it.itsm', '|service Email')).rejects.toThrow("'service' is a keyword of the ITSM language and cannot be renamed.");
        await expect(refusal('shared.itsm', 'environment |production')).rejects.toThrow("'production' is a built-in word of the ITSM language and cannot be renamed.");
        await expect(refusal('it.itsm', 'New |initial')).rejects.toThrow("'initial' is a built-in word");
        await expect(refusal('it.itsm', 'acme.sh|ared.ad01, dc01')).rejects.toThrow("'acme.shared' is a package");
        await expect(refusal('it.itsm', 'package ac|me.it')).rejects.toThrow("'acme' is a package");
        await expect(refusal('shared.itsm', '"Lon|don"')).rejects.toThrow('Only names can be renamed');
    });

    it('refuses an unresolved name', async () => {
        const broken = await buildWorkspace({ 'a.itsm': 'service Email { owner Nobody }\n' });
        const document = doc(broken, 'a.itsm');
        const position = at(broken, 'a.itsm', 'owner |Nobody');
        await expect(Promise.resolve().then(() => broken.services.Itsm.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position })))
            .rejects.toThrow("'Nobody' does not refer to any definition, so there is nothing to rename.");
    });

    it('refuses a new name that is not a name, or is a keyword', async () => {
        const attempt = (newName: string) => Promise.resolve().then(() => rename('shared.itsm', at(workspace, 'shared.itsm', 'ci |ad01'), newName));
        await expect(attempt('live')).rejects.toThrow("'live' is a keyword of the ITSM language and cannot be used as a name.");
        await expect(attempt('service')).rejects.toThrow("'service' is a keyword");
        for (const bad of ['1st', 'a.b', 'two words', '', 'ad-', 'ad01 // x']) {
            await expect(attempt(bad), bad).rejects.toThrow(`'${bad}' is not a valid name`);
        }
        expect(await attempt('web-02')).toEqual(expected(/\bad01\b/, 'web-02'));
    });

    it('refuses a new name that another definition already has', async () => {
        await expect(Promise.resolve().then(() => rename('shared.itsm', at(workspace, 'shared.itsm', 'ci |ad01'), 'Directory')))
            .rejects.toThrow("'acme.shared.Directory' already exists (a CI class): choose another name.");
        await expect(Promise.resolve().then(() => rename('it.itsm', at(workspace, 'it.itsm', '    |Assess'), 'Done')))
            .rejects.toThrow("There is already a state named 'Done' in Normal: choose another name.");
    });
});
