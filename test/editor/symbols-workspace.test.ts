/**
 * Workspace symbols: every definition under its qualified name, found by its
 * simple name, from one pass over the index of exported definitions.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { createItsmServices } from '../../language/itsm-module.js';
import { ItsmWorkspaceSymbolProvider } from '../../language/lsp/workspace-symbol-provider.js';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { EmptyFileSystem } from 'langium';
import { acmeWorkspace, uriOf } from './navigation-workspace.js';

let acme: TestWorkspace;

beforeAll(async () => {
    acme = await acmeWorkspace();
});

function search(workspace: TestWorkspace, query: string): Promise<WorkspaceSymbol[]> {
    return new ItsmWorkspaceSymbolProvider(workspace.services.shared).getSymbols({ query });
}

const names = (symbols: WorkspaceSymbol[]) => symbols.map(symbol => symbol.name);

describe('workspace symbols', () => {
    it('is the workspace symbol provider of the language server (ItsmSharedLspModule injected by createItsmServices)', () => {
        const { shared } = createItsmServices(EmptyFileSystem);
        expect(shared.lsp.WorkspaceSymbolProvider).toBeInstanceOf(ItsmWorkspaceSymbolProvider);
    });

    it('names every definition and offering by its qualified name', async () => {
        const all = names(await search(acme, ''));
        expect(all).toContain('acme.it.Email');
        expect(all).toContain('acme.it.Email.EmailStandard');
        expect(all).toContain('acme.shared.ad01');
        expect(all).toContain('acme.it.NormalChange');
        // Local names (states, priorities, attributes) are no workspace symbols.
        expect(all).not.toContain('acme.it.Standard.P1');
        expect(all.some(name => name.endsWith('.New'))).toBe(false);
    });

    it('finds a definition by its simple name, in any case, the exact match first', async () => {
        const symbols = await search(acme, 'email');
        expect(names(symbols)).toEqual(['acme.it.Email', 'acme.it.EmailUptime', 'acme.it.EmailRestoreTime', 'acme.it.Email.EmailStandard', 'acme.it.Email.EmailExecutive']);
        const [email] = symbols;
        expect(email.kind).toBe(SymbolKind.Module);
        expect(email.containerName).toBe('acme.it');
        expect(email.location).toEqual({
            uri: uriOf('services.itsm'),
            range: { start: { line: 44, character: 8 }, end: { line: 44, character: 13 } },
        });
    });

    it('finds names containing the query, camel-case abbreviations and qualified parts', async () => {
        expect(names(await search(acme, 'host'))).toEqual(['acme.it.vmhost03', 'acme.it.vmhost04']);
        expect(names(await search(acme, 'ESt'))).toEqual(['acme.it.EmailRestoreTime', 'acme.it.MailboxRequest', 'acme.it.Email.EmailStandard']);
        expect(names(await search(acme, 'shared.ad'))).toEqual(['acme.shared.ad01']);
        expect(names(await search(acme, 'no-such-thing'))).toEqual([]);
    });

    it('gives each kind of definition its symbol kind', async () => {
        const kindOf = async (query: string) => (await search(acme, query))[0].kind;
        expect(await kindOf('Gold')).toBe(SymbolKind.Interface);
        expect(await kindOf('Messaging')).toBe(SymbolKind.Object);
        expect(await kindOf('ad01')).toBe(SymbolKind.Variable);
        expect(await kindOf('Server')).toBe(SymbolKind.Class);
        expect(await kindOf('BusinessHours')).toBe(SymbolKind.Event);
        expect(await kindOf('Standard')).toBe(SymbolKind.Enum);
        expect(await kindOf('NormalChange')).toBe(SymbolKind.Struct);
    });

    it('reads the index once per request and opens no document', async () => {
        const workspace = await buildWorkspace(Object.fromEntries(Array.from({ length: 50 }, (_, file) => [
            `f${file}.itsm`,
            `package p${file}\n` + Array.from({ length: 40 }, (_, i) => `team T${file}x${i}\n`).join(''),
        ])));
        const index = workspace.services.shared.workspace.IndexManager;
        const allElements = vi.spyOn(index, 'allElements');
        const getDocument = vi.spyOn(workspace.services.shared.workspace.LangiumDocuments, 'getDocument');
        const symbols = await search(workspace, 't7x3');
        // The exact name first, then the names it starts, then looser matches (`T17x3` …).
        expect(names(symbols).slice(0, 11)).toEqual(['p7.T7x3', ...Array.from({ length: 10 }, (_, i) => `p7.T7x3${i}`)]);
        expect(allElements).toHaveBeenCalledTimes(1);
        expect(getDocument).not.toHaveBeenCalled();
    });
});
