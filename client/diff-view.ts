/**
 * "ITSM: Compare with HEAD": asks the server for `itsm/diff` of the active
 * file's workspace folder and shows the result in the "ITSM Changes" tree
 * view of the explorer (nodes from diff-tree-model.ts); clicking a node opens
 * the definition at its line.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ItsmRequests, type DiffParams, type DiffResult } from '../language/lsp/requests/protocol.js';
import { diffSummary, diffTree, type DiffTreeNode } from './diff-tree-model.js';

export const DIFF_VIEW_ID = 'itsm.changes';
/** Set while the view has something to show (package.json's `when` of the view). */
const CONTEXT_KEY = 'itsm.changesShown';

export class DiffTreeProvider implements vscode.TreeDataProvider<DiffTreeNode> {
    private nodes: DiffTreeNode[] = [];
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChangeTreeData = this.changed.event;

    show(nodes: DiffTreeNode[]): void {
        this.nodes = nodes;
        this.changed.fire();
    }

    getChildren(node?: DiffTreeNode): DiffTreeNode[] {
        return node ? node.children : this.nodes;
    }

    getTreeItem(node: DiffTreeNode): vscode.TreeItem {
        const item = new vscode.TreeItem(node.label,
            node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        if (node.location) {
            const line = Math.max(0, node.location.line - 1);
            item.command = {
                command: 'vscode.open',
                title: 'Open definition',
                arguments: [vscode.Uri.parse(node.location.uri), { selection: new vscode.Range(line, 0, line, 0) }],
            };
        }
        return item;
    }
}

export async function compareWithHead(client: LanguageClient, provider: DiffTreeProvider, view: vscode.TreeView<DiffTreeNode>): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        void vscode.window.showWarningMessage('ITSM: open a folder to compare it with HEAD.');
        return;
    }
    const params: DiffParams = { workspaceFolder: folder.uri.toString(), base: 'HEAD' };
    const result = await vscode.window.withProgress(
        { location: { viewId: DIFF_VIEW_ID }, title: 'Comparing with HEAD…' },
        () => client.sendRequest<DiffResult>(ItsmRequests.diff, params),
    );
    provider.show(diffTree(result));
    view.message = diffSummary(result);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
    // Every view has a `<id>.focus` command: it opens the explorer on the view.
    await vscode.commands.executeCommand(`${DIFF_VIEW_ID}.focus`);
}
