/**
 * The "ITSM: Show Dependency Graph" webview panel. One panel, reused: it
 * shows the graph of the current .itsm file (following the active editor) or
 * of one service or CI and what it needs / what needs it, asks the language
 * server for the laid-out graph (`itsm/dependencyGraph`), draws it as SVG
 * (graph-svg.ts) and refreshes it, debounced, while the .itsm files change.
 * A click on a node opens its definition.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ItsmRequests, type DependencyGraph, type DependencyGraphParams } from '../language/lsp/requests/protocol.js';
import { graphHtml, type GraphMessage, type GraphOptions, type WebviewMessage } from './graph-html.js';
import { renderGraphSvg } from './graph-svg.js';

export const GRAPH_VIEW_TYPE = 'itsm.dependencyGraph';
const REFRESH_DELAY_MS = 400;

export class DependencyGraphPanel implements vscode.Disposable {
    private static current: DependencyGraphPanel | undefined;

    private options: GraphOptions = { direction: 'both', includeTeams: false };
    private graph: DependencyGraph | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private ready = false;
    private readonly disposables: vscode.Disposable[] = [];

    static show(client: () => LanguageClient | undefined, uri: vscode.Uri, focus?: string): void {
        const panel = DependencyGraphPanel.current ??= new DependencyGraphPanel(client, uri);
        panel.uri = uri;
        panel.options = { ...panel.options, focus };
        panel.panel.reveal(vscode.ViewColumn.Beside, false);
        void panel.refresh();
    }

    private readonly panel: vscode.WebviewPanel;

    private constructor(private readonly client: () => LanguageClient | undefined, private uri: vscode.Uri) {
        this.panel = vscode.window.createWebviewPanel(GRAPH_VIEW_TYPE, 'ITSM Dependency Graph', vscode.ViewColumn.Beside, {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: [],
        });
        this.panel.webview.html = graphHtml(randomBytes(16).toString('base64'), this.panel.webview.cspSource);
        this.disposables.push(
            this.panel.onDidDispose(() => this.dispose()),
            this.panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.receive(message)),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === 'itsm' && event.contentChanges.length > 0) this.scheduleRefresh();
            }),
            vscode.workspace.onDidSaveTextDocument(document => {
                if (document.languageId === 'itsm') this.scheduleRefresh();
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                // The file scope follows the editor; a focused graph stays on its definition.
                if (editor?.document.languageId !== 'itsm' || this.options.focus !== undefined) return;
                if (editor.document.uri.toString() === this.uri.toString()) return;
                this.uri = editor.document.uri;
                this.scheduleRefresh(0);
            }),
        );
    }

    private receive(message: WebviewMessage): void {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                if (this.graph) this.post(this.graph);
                else void this.refresh();
                return;
            case 'open':
                void this.open(message.id);
                return;
            case 'options':
                this.options = { ...message.options, focus: message.options.focus || undefined };
                void this.refresh();
                return;
        }
    }

    private scheduleRefresh(delay = REFRESH_DELAY_MS): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    async refresh(): Promise<void> {
        this.timer = undefined;
        if (this.disposed) return;
        const client = this.client();
        if (!client?.isRunning()) {
            this.postStatus('The ITSM language server is not running; the graph will come back when it restarts.');
            this.scheduleRefresh(2000);
            return;
        }
        const generation = ++this.generation;
        const params: DependencyGraphParams = {
            uri: this.uri.toString(),
            ...(this.options.focus ? { focus: this.options.focus } : {}),
            direction: this.options.direction,
            ...(this.options.depth !== undefined ? { depth: this.options.depth } : {}),
            includeTeams: this.options.includeTeams,
            layout: true,
        };
        try {
            const graph = await client.sendRequest<DependencyGraph>(ItsmRequests.dependencyGraph, params);
            if (generation !== this.generation) return; // a newer request is under way
            this.graph = graph;
            this.panel.title = `Graph: ${graph.scope === 'file' ? graph.title : graph.title.split(' — ')[0]}`;
            this.post(graph);
        } catch (error) {
            if (generation === this.generation) this.postStatus(`Cannot draw the graph: ${error instanceof Error ? error.message : String(error)}`, true);
        }
    }

    private post(graph: DependencyGraph): void {
        if (!this.ready) return;
        const message: GraphMessage = {
            type: 'graph',
            title: graph.title,
            svg: renderGraphSvg(graph),
            ...(graph.problem ? { problem: graph.problem } : {}),
            candidates: graph.candidates,
            options: this.options,
        };
        void this.panel.webview.postMessage(message);
    }

    private postStatus(text: string, problem = false): void {
        if (!this.ready) return;
        const message: GraphMessage = {
            type: 'graph', title: this.graph?.title ?? 'Dependency graph', svg: this.graph ? renderGraphSvg(this.graph) : '',
            candidates: this.graph?.candidates ?? [], options: this.options, ...(problem ? { problem: text } : { status: text }),
        };
        void this.panel.webview.postMessage(message);
    }

    private async open(id: string): Promise<void> {
        const node = this.graph?.nodes.find(n => n.id === id);
        if (!node) return;
        const { start, end } = node.location.range;
        const range = new vscode.Range(start.line, start.character, end.line, end.character);
        const shown = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === node.location.uri);
        await vscode.window.showTextDocument(vscode.Uri.parse(node.location.uri), {
            selection: range,
            viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
            preserveFocus: false,
        });
    }

    private disposed = false;

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (DependencyGraphPanel.current === this) DependencyGraphPanel.current = undefined;
        if (this.timer) clearTimeout(this.timer);
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
        this.panel.dispose();
    }
}
