/**
 * Completion caches each candidate's detail and documentation for speed
 * (language/lsp/completion-provider.ts, a WorkspaceCache keyed by AST node):
 * after an edit, the next completion must show what the files say now, not
 * what they said at the first request — whatever the cache is keyed by.
 */
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { createItsmServices } from '../../language/itsm-module.js';
import { MemoryFileSystem } from '../memory-file-system.js';

const uriOf = (name: string) => URI.parse(`file:///ws/${name}`);

const PEOPLE = `package acme.it

/** Mail and calendars. */
team Messaging {
  email "messaging@acme.example"
}
`;
const EDIT = 'package acme.it\nservice X { owner  }\n';

async function workspace() {
    const texts = new Map([[uriOf('people.itsm').toString(), PEOPLE], [uriOf('edit.itsm').toString(), EDIT]]);
    const services = createItsmServices({ fileSystemProvider: () => new MemoryFileSystem(texts) });
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = [...texts].map(([uri, text]) => LangiumDocumentFactory.fromString(text, URI.parse(uri)));
    for (const document of documents) LangiumDocuments.addDocument(document);
    await DocumentBuilder.build(documents, { validation: true });
    return {
        async messaging(label = 'Messaging'): Promise<CompletionItem | undefined> {
            const document = LangiumDocuments.getDocument(uriOf('edit.itsm'))!;
            const list = await services.Itsm.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(EDIT.indexOf('owner ') + 6),
            });
            return list?.items.find(item => item.label === label);
        },
        async editPeople(from: string, to: string) {
            const key = uriOf('people.itsm').toString();
            texts.set(key, texts.get(key)!.replace(from, to));
            await DocumentBuilder.update([uriOf('people.itsm')], []);
        },
    };
}

const documentation = (item: CompletionItem | undefined) =>
    typeof item?.documentation === 'string' ? item.documentation : (item?.documentation as MarkupContent | undefined)?.value;

describe('completion caches', () => {
    it("show a definition's new documentation after the file that defines it changes", async () => {
        const ws = await workspace();
        expect(documentation(await ws.messaging())).toContain('Mail and calendars.');
        await ws.editPeople('Mail and calendars.', 'Chat and video calls.');
        const after = documentation(await ws.messaging());
        expect(after).toContain('Chat and video calls.');
        expect(after).not.toContain('Mail and calendars.');
    });

    it("show a definition's new package in its detail after its file moves it", async () => {
        const ws = await workspace();
        expect((await ws.messaging())?.detail).toBe('team · acme.it');
        await ws.editPeople('package acme.it', 'package acme.people');
        expect((await ws.messaging('acme.people.Messaging'))?.detail).toBe('team · acme.people');
    });
});
