/**
 * `itsm/diff`: what `itsm diff --base HEAD <folder>` reports, for the
 * editor — the base side is read from git's object store (nothing is checked
 * out), the head side is the server's documents under the folder, unsaved
 * edits included. Each side is linked and validated in a workspace of its
 * own (language/diff/side-model.ts), so the server's workspace is only read.
 * A folder outside a git repository, or an unknown revision, comes back as
 * `{ ok: false, message }`.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { compareModels } from '../../diff/compare.js';
import { gitTopLevel, GitRevisionError, readRevision } from '../../diff/git-revision.js';
import { modelOf, type SideFile } from '../../diff/side-model.js';
import type { DiffParams, DiffResult } from './protocol.js';
import { readWorkspace } from './workspace-state.js';

export async function diffWorkspace(shared: LangiumSharedServices, params: DiffParams): Promise<DiffResult> {
    const folder = /^[a-z][a-z0-9+.-]+:/i.test(params.workspaceFolder) && !path.isAbsolute(params.workspaceFolder)
        ? URI.parse(params.workspaceFolder).fsPath : path.resolve(params.workspaceFolder);
    const rev = params.base || 'HEAD';
    let top: string;
    let base;
    try {
        top = gitTopLevel(folder);
        const relative = path.relative(top, folder).split(path.sep).join('/');
        base = readRevision(rev, [relative === '' ? '.' : relative], top);
    } catch (error) {
        if (error instanceof GitRevisionError) return { ok: false, message: `Cannot compare with ${rev}: ${error.message}.` };
        throw error;
    }
    const inside = (file: string) => {
        const relative = path.relative(folder, file);
        return !relative.startsWith('..') && !path.isAbsolute(relative);
    };
    const head: SideFile[] = await readWorkspace(shared, () => shared.workspace.LangiumDocuments.all
        .filter(document => document.uri.scheme === 'file' && document.uri.fsPath.endsWith('.itsm') && inside(document.uri.fsPath))
        .map(document => ({ path: document.uri.fsPath, text: document.textDocument.getText() }))
        .toArray()
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
    const baseModel = await modelOf(base.files, top);
    const headModel = await modelOf(head, top);
    const changes = compareModels(baseModel.model, headModel.model).map(change => ({
        ...change,
        ...(change.definition.source
            ? { location: { uri: URI.file(path.join(top, ...change.definition.source.file.split('/'))).toString(), line: change.definition.source.line } }
            : {}),
    }));
    return {
        ok: true,
        base: { label: base.label, files: base.files.length, errors: baseModel.errors, warnings: baseModel.warnings },
        head: { label: 'working tree (with unsaved edits)', files: head.length, errors: headModel.errors, warnings: headModel.warnings },
        changes,
    };
}
