/**
 * Helpers for requests that look at the whole workspace: wait until it is
 * loaded and built, validate every document again, and count the findings.
 */
import { isOperationCancelled, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ItsmServices } from '../../itsm-module.js';
import type { SeverityCounts } from './protocol.js';

export function itsmServices(shared: LangiumSharedServices): ItsmServices {
    return shared.ServiceRegistry.all[0] as ItsmServices;
}

/** Runs `action` once the workspace is loaded and no build is under way. */
export async function readWorkspace<T>(shared: LangiumSharedServices, action: () => T | Promise<T>): Promise<T> {
    await shared.workspace.WorkspaceManager.ready;
    return shared.workspace.WorkspaceLock.read(action);
}

/**
 * Reads every document again (open editors' text, else the file) and
 * validates it, publishing the diagnostics as any build does; then runs
 * `action` on the result. An edit that arrives meanwhile cancels this build
 * and rebuilds what it left; `action` runs after that.
 */
export async function revalidateWorkspace<T>(shared: LangiumSharedServices, action: (documents: LangiumDocument[]) => T | Promise<T>): Promise<T> {
    await shared.workspace.WorkspaceManager.ready;
    const uris = shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
    try {
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris, [], token));
    } catch (error) {
        if (!isOperationCancelled(error)) throw error;
    }
    return shared.workspace.WorkspaceLock.read(() => action(shared.workspace.LangiumDocuments.all.toArray()));
}

export function countFindings(documents: LangiumDocument[]): SeverityCounts {
    const counts: SeverityCounts = { files: documents.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
    for (const document of documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            switch (diagnostic.severity ?? DiagnosticSeverity.Error) {
                case DiagnosticSeverity.Error: counts.errors++; break;
                case DiagnosticSeverity.Warning: counts.warnings++; break;
                case DiagnosticSeverity.Information: counts.infos++; break;
                default: counts.hints++;
            }
        }
    }
    return counts;
}

