/**
 * Every rule that can be suppressed: "Set <code> to off in itsm.config.json".
 * The file is the one the server loads (found upwards from the first
 * workspace folder, or from the document's folder without one); an existing
 * file gets `"rules": { "<code>": "off" }` through jsonc-parser's `modify`,
 * which keeps its formatting; a missing one is created in the workspace
 * root. A file that is not valid JSON gets no action (its own diagnostics
 * explain it). The server reloads the file when it changes.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, findNodeAtLocation, modify, parseTree, type ParseError } from 'jsonc-parser';
import { URI, UriUtils, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { findConfigFile } from '../../config/config-loader.js';
import { CONFIG_FILE_NAME } from '../../config/config-schema.js';
import type { ItsmServices } from '../../itsm-module.js';
import { defineCodeFix, workspaceFix } from './codefix.js';

/** The folder a new config goes into: the first workspace folder, else the document's folder. */
function rootFolder(services: ItsmServices, document: LangiumDocument): string | undefined {
    const folder = services.shared.workspace.WorkspaceManager.workspaceFolders?.[0];
    const uri = folder ? URI.parse(folder.uri) : UriUtils.dirname(document.uri);
    return uri.scheme === 'file' ? uri.fsPath : undefined;
}

function formattingOf(text: string) {
    const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '    ';
    return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The edit that sets `rules.<code>` to off in the config, creating the file when there is none. */
export function configEdit(services: ItsmServices, document: LangiumDocument, code: string): WorkspaceEdit | undefined {
    const root = rootFolder(services, document);
    if (!root) return undefined;
    const existing = findConfigFile(root);
    const fresh = `${JSON.stringify({ rules: { [code]: 'off' } }, undefined, 4)}\n`;
    let text = '';
    if (existing) {
        try {
            text = readFileSync(existing, 'utf8');
        } catch {
            return undefined;
        }
    }
    const uri = URI.file(existing ?? path.join(root, CONFIG_FILE_NAME)).toString();
    const lines = TextDocument.create(uri, 'json', 0, text);
    const whole = { start: lines.positionAt(0), end: lines.positionAt(text.length) };
    if (!existing) {
        return {
            documentChanges: [
                { kind: 'create', uri, options: { ignoreIfExists: true } },
                { textDocument: { uri, version: null }, edits: [{ range: whole, newText: fresh }] },
            ],
        };
    }
    if (text.trim() === '') return { documentChanges: [{ textDocument: { uri, version: null }, edits: [{ range: whole, newText: fresh }] }] };
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors);
    // A broken file (or one that is not an object) is for its own diagnostics to explain.
    if (errors.length > 0 || tree?.type !== 'object') return undefined;
    // A new `rules` object goes first (after `$schema`): the formatter then touches no line of the other
    // settings. A new rule goes last in an existing `rules`.
    const hasRules = findNodeAtLocation(tree, ['rules']) !== undefined;
    const getInsertionIndex = (properties: string[]) => hasRules ? properties.length : properties[0] === '$schema' ? 1 : 0;
    const changes = modify(text, ['rules', code], 'off', { formattingOptions: formattingOf(text), getInsertionIndex });
    // Offered only when the result reads back with the rule off.
    const result = parseTree(applyEdits(text, changes), []);
    if (!result || findNodeAtLocation(result, ['rules', code])?.value !== 'off') return undefined;
    const edits: TextEdit[] = changes.map(edit => ({
        range: { start: lines.positionAt(edit.offset), end: lines.positionAt(edit.offset + edit.length) },
        newText: edit.content,
    }));
    return { documentChanges: [{ textDocument: { uri, version: null }, edits }] };
}

export const disableInConfig = defineCodeFix({
    id: 'disable-in-config',
    codes: 'suppressible',
    fixes: context => {
        const edit = configEdit(context.services, context.document, context.code);
        return edit ? [workspaceFix(context, `Set ${context.code} to off in ${CONFIG_FILE_NAME}`, edit)] : [];
    },
});
