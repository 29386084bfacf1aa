/**
 * Helpers for the code action tests: the actions offered for one diagnostic
 * of a built workspace, the text an action's edit produces, and a check that
 * the fixed text no longer has the diagnostic after a rebuild.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { expect } from 'vitest';
import { createItsmServices } from '../../language/itsm-module.js';
import type { Model } from '../../language/generated/ast.js';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';

export interface Offered {
    workspace: TestWorkspace;
    document: LangiumDocument;
    diagnostic: Diagnostic;
    actions: CodeAction[];
}

/** The `index`-th diagnostic with `code` in a file, and the actions the provider offers for it. */
export async function offeredFor(workspaceOrFiles: TestWorkspace | Record<string, string>, file: string, code: string, index = 0): Promise<Offered> {
    const workspace = 'documents' in workspaceOrFiles ? workspaceOrFiles as TestWorkspace : await buildWorkspace(workspaceOrFiles as Record<string, string>);
    const document = workspace.documents.get(file)!;
    const matching = workspace.diagnostics(file).filter(d => d.code === code);
    const diagnostic = matching[index];
    if (!diagnostic) throw new Error(`no ${code} diagnostic #${index} in ${file}; got ${workspace.diagnostics(file).map(d => d.code).join(', ')}`);
    const provider = workspace.services.Itsm.lsp.CodeActionProvider!;
    const actions = await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    }) as CodeAction[];
    return { workspace, document, diagnostic, actions };
}

export function titles(offered: Offered): string[] {
    return offered.actions.map(a => a.title);
}

export function action(offered: Offered, title: string): CodeAction {
    const found = offered.actions.find(a => a.title === title);
    if (!found) throw new Error(`no action '${title}'; offered: ${titles(offered).join(' | ')}`);
    return found;
}

/** The text of every document an edit touches, by URI (files outside the workspace are read from disk, or empty when created). */
export function applyEdit(workspace: TestWorkspace, edit: WorkspaceEdit): Record<string, string> {
    const byUri = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
    const created = new Set<string>();
    for (const change of edit.documentChanges ?? []) {
        if ('kind' in change) {
            if (change.kind === 'create') created.add(change.uri);
            continue;
        }
        byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits as TextEdit[]]);
    }
    const result: Record<string, string> = {};
    for (const [uri, edits] of byUri) {
        const document = [...workspace.documents.values()].find(d => d.uri.toString() === uri);
        const original = document ? document.textDocument.getText() : created.has(uri) ? '' : readFileSync(new URL(uri), 'utf8');
        result[uri] = TextDocument.applyEdits(TextDocument.create(uri, 'text', 0, original), edits);
    }
    return result;
}

/** The file's text after applying one action (the action must edit only that file). */
export function fixedText(offered: Offered, title: string): string {
    const texts = applyEdit(offered.workspace, action(offered, title).edit!);
    const uri = offered.document.uri.toString();
    expect(Object.keys(texts)).toEqual([uri]);
    return texts[uri];
}

/**
 * Applies an action to the file, compares the result with `expected`, and
 * rebuilds the workspace with it: the file must then have one finding of the
 * code fewer (the fixed one).
 */
export async function expectFix(files: Record<string, string>, file: string, code: string, title: string, expected: string, index = 0): Promise<void> {
    const offered = await offeredFor(files, file, code, index);
    const text = fixedText(offered, title);
    expect(text).toBe(expected);
    const before = offered.workspace.diagnostics(file).filter(d => d.code === code).length;
    const rebuilt = await buildWorkspace({ ...files, [file]: text });
    expect(rebuilt.diagnostics(file).filter(d => d.code === 'syntax-error').map(d => d.message)).toEqual([]);
    expect(rebuilt.diagnostics(file).filter(d => d.code === code)).toHaveLength(before - 1);
}

/** Like buildWorkspace, with the files in a real folder (for fixes that find itsm.config.json on disk). */
export async function buildWorkspaceIn(folder: string, files: Record<string, string>, configure?: (services: ReturnType<typeof createItsmServices>) => void): Promise<TestWorkspace> {
    const services = createItsmServices(EmptyFileSystem);
    configure?.(services);
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(path.join(folder, name)));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services,
        documents,
        diagnostics: file => documents.get(file)?.diagnostics ?? [],
        all: () => [...documents].flatMap(([file, doc]) => (doc.diagnostics ?? []).map(d => ({ ...d, file }))),
    };
}
