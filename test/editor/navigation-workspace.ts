/** Helpers for the editor navigation tests: positions by marker text, and edits applied to a workspace. */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { CompletionItem } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';

export const repositoryRoot = path.resolve(__dirname, '../..');

/** The files of examples/acme, by file name. */
export function acmeFiles(): Record<string, string> {
    const folder = path.join(repositoryRoot, 'examples/acme');
    return Object.fromEntries(readdirSync(folder).filter(name => name.endsWith('.itsm'))
        .map(name => [name, readFileSync(path.join(folder, name), 'utf8')]));
}

export async function acmeWorkspace(): Promise<TestWorkspace> {
    return buildWorkspace(acmeFiles());
}

export function uriOf(file: string): string {
    return `file:///ws/${file}`;
}

export function doc(workspace: TestWorkspace, file: string): LangiumDocument {
    const document = workspace.documents.get(file);
    if (!document) throw new Error(`no file ${file} in the workspace`);
    return document;
}

/**
 * The position inside the `occurrence`-th (0-based) match of `before|after`
 * in a file: `at(ws, 'a.itsm', 'owner |Messaging')` is the start of `Messaging`
 * after `owner `.
 */
export function at(workspace: TestWorkspace, file: string, marker: string, occurrence = 0): Position {
    const document = doc(workspace, file);
    const text = document.textDocument.getText();
    const bar = marker.indexOf('|');
    const needle = marker.replace('|', '');
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' (occurrence ${occurrence}) not found in ${file}`);
    }
    return document.textDocument.positionAt(index + (bar < 0 ? 0 : bar));
}

/** The text a range covers in a file. */
export function textAt(workspace: TestWorkspace, file: string, range: Range): string {
    return doc(workspace, file).textDocument.getText(range);
}

/** Each file's text after a workspace edit (files without edits are left out). */
export function applyWorkspaceEdit(workspace: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [file, document] of workspace.documents) {
        const edits: TextEdit[] | undefined = edit?.changes?.[document.uri.toString()];
        if (!edits || edits.length === 0) continue;
        const text = TextDocument.create(document.uri.toString(), 'itsm', 1, document.textDocument.getText());
        result[file] = TextDocument.applyEdits(text, edits);
    }
    return result;
}

/** `file:line:character text` for a location, to compare lists of locations readably. */
export function describeLocation(workspace: TestWorkspace, location: { uri: string; range: Range }): string {
    const file = [...workspace.documents].find(([, d]) => d.uri.toString() === location.uri)?.[0] ?? location.uri;
    const text = workspace.documents.get(file)?.textDocument.getText(location.range);
    return `${file}:${location.range.start.line + 1}:${location.range.start.character + 1} ${text}`;
}

/** The hover's markdown at `marker` in `file` (empty when there is none). */
export async function hoverText(workspace: TestWorkspace, file: string, marker: string): Promise<string> {
    const document = doc(workspace, file);
    const result = await workspace.services.Itsm.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: at(workspace, file, marker),
    });
    return (result?.contents as { value?: string } | undefined)?.value ?? '';
}

/** The completion items at `|` in `text`, as file `file` of the acme workspace (plus `extra` files). */
export async function completeAt(text: string, extra: Record<string, string> = {}, file = 'edit.itsm'): Promise<CompletionItem[]> {
    const offset = text.indexOf('|');
    const ws = await buildWorkspace({ ...acmeFiles(), ...extra, [file]: text.replace('|', '') });
    const document = ws.documents.get(file)!;
    const list = await ws.services.Itsm.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
    });
    return list?.items ?? [];
}
