import { it } from 'vitest';
import { CompletionItemKind } from 'vscode-languageserver';
import { buildWorkspace } from '../workspace.js';
import { acmeFiles } from './navigation-workspace.js';
it('show', async () => {
    const ws = await buildWorkspace({ ...acmeFiles(), 'e.itsm': 'package acme.it\nimport acme.shared.*\n' });
    const d = ws.documents.get('e.itsm')!;
    const list = await ws.services.Itsm.lsp.CompletionProvider!.getCompletion(d, { textDocument: { uri: d.uri.toString() }, position: { line: 2, character: 0 } });
    for (const i of list!.items.filter(i => i.kind === CompletionItemKind.Snippet)) console.log(`--- ${i.label} | ${i.detail}\n${i.insertText}`);
});
