/**
 * The VS Code extension: starts the bundled language server over IPC,
 * restarts it — visibly — if it crashes, and adds the commands (ids in
 * commands.ts): validate the workspace, generate a target's files, show the
 * dependency graph (graph-panel.ts), open a rule's documentation, restart the
 * server, compare the workspace with git HEAD (diff-view.ts). Settings: `itsm.rules.configPath` (passed to the server),
 * `itsm.trace.server` (read by the LanguageClient), `itsm.generate.outputFolder`.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    CloseAction, ErrorAction, LanguageClient, State, TransportKind,
    type CloseHandlerResult, type ErrorHandlerResult, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import {
    ItsmRequests, type GenerateParams, type GenerateResult, type RuleInfo, type SeverityCounts, type TargetInfo,
} from '../language/lsp/requests/protocol.js';
import { COMMANDS, DEFAULT_OUTPUT_FOLDER, describeCounts } from './commands.js';
import { compareWithHead, DiffTreeProvider, DIFF_VIEW_ID } from './diff-view.js';
import { DependencyGraphPanel } from './graph-panel.js';
import { RestartPolicy } from './restart-policy.js';

let client: LanguageClient | undefined;
const restarts = new RestartPolicy();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createClient(context);
    const changes = new DiffTreeProvider();
    const changesView = vscode.window.createTreeView(DIFF_VIEW_ID, { treeDataProvider: changes });
    context.subscriptions.push(
        changesView,
        vscode.commands.registerCommand(COMMANDS.compareWithHead, async () => {
            const running = runningClient();
            if (running) await compareWithHead(running, changes, changesView);
        }),
        vscode.commands.registerCommand(COMMANDS.validateWorkspace, validateWorkspace),
        vscode.commands.registerCommand(COMMANDS.generate, generate),
        vscode.commands.registerCommand(COMMANDS.showDependencyGraph, showDependencyGraph),
        vscode.commands.registerCommand(COMMANDS.openRuleDocumentation, openRuleDocumentation),
        vscode.commands.registerCommand(COMMANDS.restartServer, restartServer),
    );
    try {
        await client.start();
    } catch (error) {
        void showServerDown(`The ITSM language server could not start: ${message(error)}`);
    }
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'itsm' }, { scheme: 'untitled', language: 'itsm' }],
        // Read at every (re)start; later changes reach the server as `workspace/didChangeConfiguration`.
        initializationOptions: () => ({ rulesConfigPath: vscode.workspace.getConfiguration('itsm').get<string>('rules.configPath', '') }),
        errorHandler: {
            error: (_error, _message, count): ErrorHandlerResult =>
                ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
            closed: (): CloseHandlerResult => {
                if (restarts.shouldRestart()) {
                    void vscode.window.showWarningMessage('The ITSM language server stopped; restarting…', 'Show Output')
                        .then(choice => { if (choice) client?.outputChannel.show(); });
                    return { action: CloseAction.Restart, handled: true };
                }
                void showServerDown(`The ITSM language server stopped ${restarts.description} and will not be restarted.`);
                return { action: CloseAction.DoNotRestart, handled: true };
            },
        },
    };
    return new LanguageClient('itsm', 'ITSM Language Server', serverOptions, clientOptions);
}

async function showServerDown(text: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(text, 'Restart', 'Show Output');
    if (choice === 'Restart') await restartServer();
    else if (choice === 'Show Output') client?.outputChannel.show();
}

async function restartServer(): Promise<void> {
    if (!client) return;
    restarts.reset();
    try {
        if (client.state === State.Running) await client.restart();
        else await client.start();
        void vscode.window.setStatusBarMessage('ITSM language server restarted', 3000);
    } catch (error) {
        void showServerDown(`The ITSM language server could not start: ${message(error)}`);
    }
}

/** The running client, or undefined after telling the user that the server is not running. */
function runningClient(): LanguageClient | undefined {
    if (client?.isRunning()) return client;
    void showServerDown('The ITSM language server is not running.');
    return undefined;
}

async function validateWorkspace(): Promise<void> {
    const running = runningClient();
    if (!running) return;
    const counts = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'ITSM: validating the workspace…' },
        () => running.sendRequest<SeverityCounts>(ItsmRequests.validateWorkspace),
    );
    const text = `ITSM: ${describeCounts(counts)}.`;
    const show = counts.errors > 0 ? vscode.window.showErrorMessage : counts.warnings > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const choice = await show(text, ...(counts.errors + counts.warnings + counts.infos + counts.hints > 0 ? ['Show Problems'] : []));
    if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function generate(targetName?: string): Promise<void> {
    const running = runningClient();
    if (!running) return;
    const folder = await pickWorkspaceFolder();
    if (!folder) return;
    const target = typeof targetName === 'string' ? targetName : await pickTarget(running);
    if (!target) return;
    const setting = vscode.workspace.getConfiguration('itsm.generate', folder.uri).get<string>('outputFolder', DEFAULT_OUTPUT_FOLDER) || DEFAULT_OUTPUT_FOLDER;
    const outputFolder = path.resolve(folder.uri.fsPath, setting);
    const params: GenerateParams = { target, outputFolder, workspaceFolder: folder.uri.toString() };
    const run = (force: boolean) => vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `ITSM: generating ${target}…` },
        () => running.sendRequest<GenerateResult>(ItsmRequests.generate, { ...params, force }),
    );
    let result = await run(false);
    if (!result.ok && result.reason === 'validation-errors') {
        const choice = await vscode.window.showErrorMessage(`ITSM: ${result.message}`, 'Show Problems', 'Generate Anyway');
        if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
        if (choice !== 'Generate Anyway') return;
        result = await run(true);
    }
    if (!result.ok) {
        void vscode.window.showErrorMessage(`ITSM: ${result.message}`);
        return;
    }
    const shown = path.relative(folder.uri.fsPath, result.outputFolder) || '.';
    const where = shown.startsWith('..') ? result.outputFolder : shown;
    const files = `${result.files.length} file${result.files.length === 1 ? '' : 's'}`;
    const choice = await vscode.window.showInformationMessage(`ITSM: wrote ${files} for ${result.target} into ${where}.`, 'Open Folder');
    if (choice === 'Open Folder') {
        const uri = vscode.Uri.file(result.outputFolder);
        await vscode.commands.executeCommand(shown.startsWith('..') ? 'revealFileInOS' : 'revealInExplorer', uri);
    }
}

async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
        void vscode.window.showErrorMessage('ITSM: open a folder to generate into (the output folder is relative to it).');
        return undefined;
    }
    if (folders.length === 1) return folders[0];
    const active = vscode.window.activeTextEditor?.document.uri;
    const owner = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
    return owner ?? vscode.window.showWorkspaceFolderPick({ placeHolder: 'The workspace folder to generate for' });
}

async function pickTarget(running: LanguageClient): Promise<string | undefined> {
    const targets = await running.sendRequest<TargetInfo[]>(ItsmRequests.targets);
    const picked = await vscode.window.showQuickPick(
        targets.map(target => ({ label: target.name, detail: target.description })),
        { placeHolder: 'What to generate', matchOnDetail: true },
    );
    return picked?.label;
}

async function showDependencyGraph(resource?: vscode.Uri, focus?: string): Promise<void> {
    if (!runningClient()) return;
    const editor = vscode.window.activeTextEditor;
    const uri = resource instanceof vscode.Uri ? resource
        : editor?.document.languageId === 'itsm' ? editor.document.uri
            : vscode.window.visibleTextEditors.find(e => e.document.languageId === 'itsm')?.document.uri;
    if (!uri) {
        void vscode.window.showInformationMessage('ITSM: open an .itsm file to see its dependency graph.');
        return;
    }
    DependencyGraphPanel.show(() => client, uri, typeof focus === 'string' ? focus : undefined);
}

async function openRuleDocumentation(code?: string): Promise<void> {
    const running = runningClient();
    if (!running) return;
    const rules = await running.sendRequest<RuleInfo[]>(ItsmRequests.rules);
    let rule = typeof code === 'string' ? rules.find(r => r.code === code) : undefined;
    if (!rule) {
        const picked = await vscode.window.showQuickPick(
            rules.map(r => ({ label: r.code, description: `${r.category} · ${r.level}`, detail: r.description, rule: r })),
            { placeHolder: 'The rule whose documentation to open', matchOnDescription: true, matchOnDetail: true },
        );
        rule = picked?.rule;
    }
    if (rule) await vscode.env.openExternal(vscode.Uri.parse(rule.docsUrl));
}

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
