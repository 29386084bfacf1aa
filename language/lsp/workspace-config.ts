/**
 * `itsm.config.json` in the language server: loaded before the first build
 * (found upwards from the first workspace folder, as the CLI does from its
 * first path), reloaded when the file changes, and its problems shown as
 * diagnostics in the config file itself. The workspace is revalidated with
 * the new levels; a broken file falls back to the default levels.
 *
 * The client may name another file: the setting `itsm.rules.configPath`
 * (absolute, or relative to the first workspace folder; `${workspaceFolder}`
 * is replaced), read from the initialization options `{ rulesConfigPath }`
 * at start-up and from the `itsm` configuration section (`rules.configPath`)
 * afterwards; a change of the setting reloads the rules.
 */
import * as path from 'node:path';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { DefaultWorkspaceManager, URI, type LangiumDocument } from 'langium';
import type { CancellationToken, DidChangeWatchedFilesParams, FileSystemWatcher, InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { findConfigFile, loadConfigFile } from '../config/config-loader.js';
import { CONFIG_FILE_NAME } from '../config/config-schema.js';
import type { ItsmServices } from '../itsm-module.js';
import { RULES } from '../validation/index.js';

export type ItsmSharedServices = LangiumSharedServices & { workspace: { WorkspaceConfig: WorkspaceConfig } };

export class WorkspaceConfig {
    private publishedFor: string | undefined;
    private folders: WorkspaceFolder[] = [];
    /** The setting `itsm.rules.configPath`, when one is given. */
    private configPath: string | undefined;
    private loaded = false;
    private loadedFile: string | undefined;

    constructor(private readonly shared: LangiumSharedServices) {
        const settings = shared.workspace.ConfigurationProvider;
        settings.onConfigurationSectionUpdate(update => {
            if (update.section === 'itsm') this.applySettings(update.configuration);
        });
        // The first fetch of the section fires no update: read it once the provider is ready.
        void settings.ready.then(async () => this.applySettings({ rules: await settings.getConfiguration('itsm', 'rules') }));
    }

    /** Reads `rulesConfigPath` from the initialization options (before the workspace's first build). */
    initialize(params: InitializeParams): void {
        const options = params.initializationOptions as { rulesConfigPath?: unknown } | undefined;
        this.folders = params.workspaceFolders ?? this.folders;
        if (typeof options?.rulesConfigPath === 'string') this.configPath = options.rulesConfigPath.trim() || undefined;
    }

    /** Applies the `itsm` configuration section; a section without `rules` (a client that has no such settings) changes nothing. */
    applySettings(section: unknown): void {
        const rules = (section as { rules?: unknown } | undefined)?.rules;
        if (typeof rules !== 'object' || rules === null) return;
        const value = (rules as { configPath?: unknown }).configPath;
        const configPath = typeof value === 'string' && value.trim() ? value.trim() : undefined;
        if (configPath === this.configPath) return;
        this.configPath = configPath;
        if (this.loaded) void this.reload();
    }

    /** The file the rules come from: the setting's, else the nearest itsm.config.json above the first folder. */
    private configFile(): string | undefined {
        const first = this.folders[0] ? URI.parse(this.folders[0].uri) : undefined;
        const folder = first?.scheme === 'file' ? first.fsPath : undefined;
        if (this.configPath) {
            const named = this.configPath.replace(/\$\{workspaceFolder\}/g, folder ?? '.');
            return path.resolve(folder ?? process.cwd(), named);
        }
        return folder ? findConfigFile(folder) : undefined;
    }

    /** Whether a changed file is the rules' file (or any itsm.config.json). */
    isConfigFile(uri: string): boolean {
        if (uri.endsWith(`/${CONFIG_FILE_NAME}`)) return true;
        return this.loadedFile !== undefined && URI.parse(uri).fsPath === this.loadedFile;
    }

    /** A watcher for the setting's file, which may lie outside the workspace. */
    watchers(): FileSystemWatcher[] {
        const file = this.configPath ? this.configFile() : undefined;
        if (!file) return [];
        return [{ globPattern: { baseUri: URI.file(path.dirname(file)).toString(), pattern: path.basename(file) } }];
    }

    private get itsm(): ItsmServices {
        return this.shared.ServiceRegistry.all[0] as ItsmServices;
    }

    /** Loads the config for these workspace folders into the rule settings. */
    load(folders: WorkspaceFolder[] = this.folders): void {
        this.folders = folders;
        this.loaded = true;
        const settings = this.itsm.validation.RuleSettings;
        const file = this.configFile();
        this.loadedFile = file;
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

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        this.services.workspace.WorkspaceConfig.initialize(params);
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
        return [...super.getWatchers(), { globPattern: `**/${CONFIG_FILE_NAME}` }, ...this.services.workspace.WorkspaceConfig.watchers()];
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const isConfig = (uri: string) => this.services.workspace.WorkspaceConfig.isConfigFile(uri);
        const configChanges = params.changes.filter(change => isConfig(change.uri));
        const others = params.changes.filter(change => !isConfig(change.uri));
        if (others.length > 0) super.didChangeWatchedFiles({ changes: others });
        if (configChanges.length > 0) void this.services.workspace.WorkspaceConfig.reload();
    }
}
