/**
 * `itsm.config.json` in the language server: loaded before the first build
 * (found upwards from the first workspace folder, as the CLI does from its
 * first path), reloaded when the file changes, and its problems shown as
 * diagnostics in the config file itself. The workspace is revalidated with
 * the new levels; a broken file falls back to the default levels.
 */
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { DefaultWorkspaceManager, URI, type LangiumDocument } from 'langium';
import type { CancellationToken, DidChangeWatchedFilesParams, FileSystemWatcher, WorkspaceFolder } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { findConfigFile, loadConfigFile } from '../config/config-loader.js';
import { CONFIG_FILE_NAME } from '../config/config-schema.js';
import type { ItsmServices } from '../itsm-module.js';
import { RULES } from '../validation/index.js';

export type ItsmSharedServices = LangiumSharedServices & { workspace: { WorkspaceConfig: WorkspaceConfig } };

export class WorkspaceConfig {
    private publishedFor: string | undefined;
    private folders: WorkspaceFolder[] = [];

    constructor(private readonly shared: LangiumSharedServices) {}

    private get itsm(): ItsmServices {
        return this.shared.ServiceRegistry.all[0] as ItsmServices;
    }

    /** Loads the config for these workspace folders into the rule settings. */
    load(folders: WorkspaceFolder[] = this.folders): void {
        this.folders = folders;
        const settings = this.itsm.validation.RuleSettings;
        const first = folders[0] ? URI.parse(folders[0].uri) : undefined;
        const file = first?.scheme === 'file' ? findConfigFile(first.fsPath) : undefined;
        if (!file) {
            settings.useConfig(undefined);
            this.publish(undefined, []);
            return;
        }
        const loaded = loadConfigFile(file, RULES);
        settings.useConfig(loaded.config, file);
        this.publish(file, loaded.problems.map(problem => toDiagnostic(problem)));
    }

    /** Reloads after the file changed and revalidates every document with the new levels. */
    async reload(): Promise<void> {
        this.load();
        const documents = this.shared.workspace.LangiumDocuments.all.toArray();
        await this.shared.workspace.WorkspaceLock.write(token =>
            this.shared.workspace.DocumentBuilder.update(documents.map((d: LangiumDocument) => d.uri), [], token));
    }

    private publish(file: string | undefined, diagnostics: Diagnostic[]): void {
        const connection = this.shared.lsp.Connection;
        if (!connection) return;
        const uri = file ? URI.file(file).toString() : undefined;
        if (this.publishedFor && this.publishedFor !== uri) {
            void connection.sendDiagnostics({ uri: this.publishedFor, diagnostics: [] });
        }
        if (uri) void connection.sendDiagnostics({ uri, diagnostics });
        this.publishedFor = uri;
    }
}

function toDiagnostic(problem: { line: number; column: number; length: number; key: string; message: string }): Diagnostic {
    const start = { line: problem.line - 1, character: problem.column - 1 };
    return {
        range: { start, end: { line: start.line, character: start.character + Math.max(problem.length, 1) } },
        severity: DiagnosticSeverity.Error,
        message: problem.key ? `${problem.key}: ${problem.message}` : problem.message,
        source: 'itsm',
        code: 'invalid-config',
    };
}

/** Loads the config before the workspace's first build. */
export class ItsmWorkspaceManager extends DefaultWorkspaceManager {
    constructor(private readonly services: ItsmSharedServices) {
        super(services);
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        this.services.workspace.WorkspaceConfig.load(folders);
        await super.initializeWorkspace(folders, cancelToken);
    }
}

/** Also watches `itsm.config.json`, and routes its changes to the config instead of the document builder. */
export class ItsmDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    constructor(private readonly services: ItsmSharedServices) {
        super(services);
    }

    protected override getWatchers(): FileSystemWatcher[] {
        return [...super.getWatchers(), { globPattern: `**/${CONFIG_FILE_NAME}` }];
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const isConfig = (uri: string) => uri.endsWith(`/${CONFIG_FILE_NAME}`);
        const configChanges = params.changes.filter(change => isConfig(change.uri));
        const others = params.changes.filter(change => !isConfig(change.uri));
        if (others.length > 0) super.didChangeWatchedFiles({ changes: others });
        if (configChanges.length > 0) void this.services.workspace.WorkspaceConfig.reload();
    }
}
