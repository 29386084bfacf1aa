/**
 * Go to definition and find references across files: from plain, qualified
 * and package-qualified references, from any segment of a qualified name,
 * from imports, and for local names (states, priorities, attributes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'vscode-languageserver-types';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { navigationFiles } from './navigation-fixture.js';
import { at, describeLocation, doc } from './navigation-workspace.js';

let workspace: TestWorkspace;

beforeAll(async () => {
    workspace = await buildWorkspace(navigationFiles);
});

/** `file:line:column name` of each target's name, and the text of the origin the editor underlines. */
async function definition(file: string, position: Position): Promise<string[]> {
    const document = doc(workspace, file);
    const links = await workspace.services.Itsm.lsp.DefinitionProvider!.getDefinition(
        document, { textDocument: { uri: document.uri.toString() }, position }) ?? [];
    return links.map(link => {
        const origin = link.originSelectionRange ? document.textDocument.getText(link.originSelectionRange) : '?';
        return `${describeLocation(workspace, { uri: link.targetUri, range: link.targetSelectionRange })} <- ${origin}`;
    });
}

async function references(file: string, position: Position, includeDeclaration = true): Promise<string[]> {
    const document = doc(workspace, file);
    const locations = await workspace.services.Itsm.lsp.ReferencesProvider!.findReferences(
        document, { textDocument: { uri: document.uri.toString() }, position, context: { includeDeclaration } });
    return locations.map(location => describeLocation(workspace, location)).sort();
}

describe('go to definition', () => {
    it('goes from a reference to the definition in another file', async () => {
        expect(await definition('it.itsm', at(workspace, 'it.itsm', 'support |Infra'))).toEqual(['shared.itsm:3:6 Infra <- Infra']);
    });

    it('goes from the name of a qualified reference to its definition, from the package to nothing', async () => {
        expect(await definition('it.itsm', at(workspace, 'it.itsm', 'acme.shared.|ad01'))).toEqual(['shared.itsm:6:4 ad01 <- ad01']);
        expect(await definition('ops.itsm', at(workspace, 'ops.itsm', 'realized by shared.a|d01'))).toEqual(['shared.itsm:6:4 ad01 <- ad01']);
        expect(await definition('it.itsm', at(workspace, 'it.itsm', 'acme.sh|ared.ad01, dc01'))).toEqual([]);
    });

    it('goes from an import to the imported definition, segment by segment', async () => {
        expect(await definition('it.itsm', at(workspace, 'it.itsm', 'import acme.shared.|ad01'))).toEqual(['shared.itsm:6:4 ad01 <- ad01']);
        expect(await definition('ops.itsm', at(workspace, 'ops.itsm', 'import acme.it.Email.|EmailStandard'))).toEqual(['it.itsm:14:12 EmailStandard <- EmailStandard']);
        expect(await definition('ops.itsm', at(workspace, 'ops.itsm', 'import acme.it.|Email.EmailStandard'))).toEqual(['it.itsm:9:9 Email <- Email']);
        expect(await definition('ops.itsm', at(workspace, 'ops.itsm', 'import acme.|shared\n'))).toEqual([]);
    });

    it('goes to local names: states, priorities (across files) and attributes (inherited)', async () => {
        expect(await definition('it.itsm', at(workspace, 'it.itsm', 'New -> |Assess'))).toEqual(['it.itsm:39:5 Assess <- Assess']);
        expect(await definition('it.itsm', at(workspace, 'it.itsm', '  |P2 { response'))).toEqual(['it.itsm:23:18 P2 <- P2']);
        expect(await definition('it.itsm', at(workspace, 'it.itsm', 'DomainController { |site'))).toEqual(['shared.itsm:4:32 site <- site']);
    });

    it('answers the declaration itself on a declared name', async () => {
        expect(await definition('it.itsm', at(workspace, 'it.itsm', 'team |Messaging'))).toEqual(['it.itsm:6:6 Messaging <- Messaging']);
    });
});

describe('find references', () => {
    it('finds every use of a definition across files: simple, imported, package-qualified, fully qualified', async () => {
        expect(await references('shared.itsm', at(workspace, 'shared.itsm', 'ci |ad01'))).toEqual([
            'it.itsm:13:15 ad01',
            'it.itsm:18:27 ad01',
            'it.itsm:3:20 ad01',
            'ops.itsm:11:22 ad01',
            'shared.itsm:6:4 ad01',
        ]);
    });

    it('leaves out the declaration when asked to', async () => {
        const withDeclaration = await references('shared.itsm', at(workspace, 'shared.itsm', 'ci |ad01'));
        const without = await references('shared.itsm', at(workspace, 'shared.itsm', 'ci |ad01'), false);
        expect(without).toEqual(withDeclaration.filter(location => !location.startsWith('shared.itsm')));
    });

    it('finds the same from a reference, a qualified reference or an import', async () => {
        const fromDeclaration = await references('it.itsm', at(workspace, 'it.itsm', 'team |Messaging'));
        expect(fromDeclaration).toEqual(['it.itsm:11:9 Messaging', 'it.itsm:6:6 Messaging', 'ops.itsm:9:17 Messaging']);
        expect(await references('ops.itsm', at(workspace, 'ops.itsm', 'acme.it.|Messaging'))).toEqual(fromDeclaration);
        const email = await references('ops.itsm', at(workspace, 'ops.itsm', 'import acme.it.|Email\n'));
        expect(email).toEqual([
            'it.itsm:19:14 Email', 'it.itsm:30:11 Email', 'it.itsm:9:9 Email',
            'ops.itsm:10:14 Email', 'ops.itsm:10:29 Email', 'ops.itsm:3:16 Email', 'ops.itsm:4:16 Email', 'ops.itsm:5:16 Email',
        ]);
    });

    it('finds the uses of local names: a state in transitions, an attribute in CIs of subclasses', async () => {
        expect(await references('it.itsm', at(workspace, 'it.itsm', '    |Done final'))).toEqual([
            'it.itsm:40:5 Done', 'it.itsm:42:20 Done', 'it.itsm:44:8 Done',
        ]);
        expect(await references('shared.itsm', at(workspace, 'shared.itsm', 'attribute |site'))).toEqual([
            'it.itsm:7:29 site', 'shared.itsm:4:32 site', 'shared.itsm:9:3 site',
        ]);
    });
});
