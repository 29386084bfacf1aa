/**
 * A reference with thousands of candidates answers with the first MAX_NAMES
 * of them in the editor's order and says the list is incomplete, so that the
 * editor asks again as the user types (language/lsp/completion-provider.ts).
 */
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { createItsmServices } from '../../language/itsm-module.js';
import { capNames, MAX_NAMES } from '../../language/lsp/completion-provider.js';
import { MemoryFileSystem } from '../memory-file-system.js';

const TEAMS = 1_500;
const name = (i: number) => `T${String(i).padStart(4, '0')}`;

async function completeOwner(typed: string) {
    const edit = `package p\nservice X { owner ${typed} }\n`;
    const texts = new Map([
        ['file:///ws/people.itsm', `package p\n${Array.from({ length: TEAMS }, (_, i) => `team ${name(i)} {}`).join('\n')}\n`],
        ['file:///ws/edit.itsm', edit],
    ]);
    const services = createItsmServices({ fileSystemProvider: () => new MemoryFileSystem(texts) });
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = [...texts].map(([uri, text]) => LangiumDocumentFactory.fromString(text, URI.parse(uri)));
    for (const document of documents) LangiumDocuments.addDocument(document);
    await DocumentBuilder.build(documents, { validation: false });
    const document = LangiumDocuments.getDocument(URI.parse('file:///ws/edit.itsm'))!;
    return services.Itsm.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(edit.indexOf('owner ') + 6 + typed.length),
    });
}

describe('completion with thousands of candidates', () => {
    it(`answers with the first ${MAX_NAMES} names in the editor's order, as an incomplete list`, async () => {
        const list = await completeOwner('');
        const labels = list!.items.map(item => item.label);
        expect(list!.isIncomplete).toBe(true);
        expect(labels.filter(label => /^T\d{4}$/.test(label))).toHaveLength(MAX_NAMES);
        expect(labels).toContain(name(0));
        expect(labels).toContain(name(MAX_NAMES - 1));
        expect(labels).not.toContain(name(MAX_NAMES));
    }, 60_000);

    it('finds the names left out once the user types part of one', async () => {
        const list = await completeOwner('T149');
        const labels = list!.items.map(item => item.label);
        for (let i = 1490; i < 1500; i++) expect(labels).toContain(name(i));
        expect(labels.length).toBeLessThanOrEqual(MAX_NAMES);
    }, 60_000);

    it('keeps every keyword and snippet when it leaves names out, and leaves a short list alone', () => {
        const names: CompletionItem[] = Array.from({ length: 5 }, (_, i) => ({ label: `n${i}`, sortText: `0n${i}`, kind: CompletionItemKind.Class }));
        const keyword: CompletionItem = { label: 'any', sortText: '1', kind: CompletionItemKind.Keyword };
        const value: CompletionItem = { label: 'business', sortText: '1', kind: CompletionItemKind.EnumMember };
        const snippet: CompletionItem = { label: 'team', sortText: '2team', kind: CompletionItemKind.Snippet };
        const list = { isIncomplete: false, items: [names[4], keyword, names[1], value, names[0], snippet, names[3], names[2]] };
        expect(capNames(list, 2).items.map(item => item.label)).toEqual(['any', 'n1', 'business', 'n0', 'team']);
        expect(capNames(list, 2).isIncomplete).toBe(true);
        expect(capNames(list, 5)).toBe(list);
    });
});
