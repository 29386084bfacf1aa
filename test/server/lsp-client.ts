/** A minimal LSP client over stdio for tests: starts out/server.cjs and speaks JSON-RPC to it. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, DidOpenTextDocumentNotification,
    DidChangeTextDocumentNotification, ShutdownRequest, ExitNotification,
    type ProtocolConnection, type PublishDiagnosticsParams, type InitializeResult, type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';

export const repositoryRoot = path.resolve(__dirname, '../..');

export interface LspSession {
    connection: ProtocolConnection;
    process: ChildProcess;
    initializeResult: InitializeResult;
    stderr: () => string;
    open(uri: string, text: string): void;
    change(uri: string, version: number, text: string): void;
    /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
    diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
    close(): Promise<void>;
}

/** `capabilities` are the client's, merged over the minimal ones (e.g. `{ textDocument: { completion: … } }`). */
export async function startServer(workspaceFolder?: string, capabilities: ClientCapabilities = {}): Promise<LspSession> {
    const child = spawn(process.execPath, [path.join(repositoryRoot, 'out/server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', chunk => { stderr += chunk; });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    const waiters: Array<() => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.push(params);
        for (const wake of waiters.splice(0)) wake();
    });
    connection.onRequest('workspace/configuration', () => []);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const folderUri = workspaceFolder ? `file://${workspaceFolder}` : null;
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folderUri,
        capabilities: { ...capabilities, workspace: { configuration: true, ...capabilities.workspace }, textDocument: { publishDiagnostics: {}, ...capabilities.textDocument } },
        workspaceFolders: folderUri ? [{ uri: folderUri, name: 'ws' }] : null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return {
        connection,
        process: child,
        initializeResult,
        stderr: () => stderr,
        open: (uri, text) => void connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'itsm', version: 1, text },
        }),
        change: (uri, version, text) => void connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version }, contentChanges: [{ text }],
        }),
        diagnostics: (uri, accept = () => true, timeoutMs = 15_000) => new Promise((resolve, reject) => {
            const deadline = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
            // Judge the latest publication for the file, then each new one: earlier states never match.
            let seen = published.findLastIndex(p => p.uri === uri);
            if (seen < 0) seen = published.length;
            const check = () => {
                for (; seen < published.length; seen++) {
                    const params = published[seen];
                    if (params.uri === uri && accept(params)) {
                        clearTimeout(deadline);
                        resolve(params);
                        return;
                    }
                }
                waiters.push(check);
            };
            check();
        }),
        close: async () => {
            try {
                await connection.sendRequest(ShutdownRequest.type);
                await connection.sendNotification(ExitNotification.type);
            } finally {
                connection.dispose();
                child.kill();
            }
        },
    };
}
