/** Code lenses: "N dependants · M dependencies" above each service, counted across the workspace. */
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../workspace.js';
import { acmeWorkspace, doc } from './navigation-workspace.js';
import type { TestWorkspace } from '../workspace.js';

async function lenses(workspace: TestWorkspace, file: string): Promise<string[]> {
    const document = doc(workspace, file);
    const result = await workspace.services.Itsm.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    return result.map(lens => `${document.textDocument.getText({ start: lens.range.start, end: { line: lens.range.start.line, character: 1000 } }).trim()} ⟨${lens.command?.title}⟩`);
}

describe('code lenses', () => {
    it('counts the direct dependants and dependencies of each service in the examples', async () => {
        const workspace = await acmeWorkspace();
        expect(await lenses(workspace, 'services.itsm')).toEqual([
            'service Directory { ⟨1 dependant · 0 dependencies⟩',
            'service Dns { ⟨1 dependant · 0 dependencies⟩',
            'service DnsSecondary { ⟨1 dependant · 0 dependencies⟩',
            'service Email { ⟨0 dependants · 3 dependencies⟩',
            'service Fax { ⟨0 dependants · 0 dependencies⟩',
        ]);
        expect(await lenses(workspace, 'agreements.itsm')).toEqual([]);
    });

    it('counts each service once, across files, and sits on the service keyword below its comment', async () => {
        const workspace = await buildWorkspace({
            'a.itsm': 'package p\n\n/** Shared. */\nservice Base {}\n',
            'b.itsm': 'package p\n\nservice Web {\n  depends on Base\n  depends on any of (Base, Cache)\n}\nservice Cache {}\nservice Api { depends on Web, Base }\n',
        });
        expect(await lenses(workspace, 'a.itsm')).toEqual(['service Base {} ⟨2 dependants · 0 dependencies⟩']);
        expect(await lenses(workspace, 'b.itsm')).toEqual([
            'service Web { ⟨1 dependant · 2 dependencies⟩',
            'service Cache {} ⟨1 dependant · 0 dependencies⟩',
            'service Api { depends on Web, Base } ⟨0 dependants · 2 dependencies⟩',
        ]);
        const [lens] = await workspace.services.Itsm.lsp.CodeLensProvider!.provideCodeLens(doc(workspace, 'a.itsm'), { textDocument: { uri: 'file:///ws/a.itsm' } }) ?? [];
        expect(lens.range.start).toEqual({ line: 3, character: 0 });
        expect(lens.command?.command).toBe('');
    });
});
