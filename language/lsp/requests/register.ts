/**
 * Registers the ITSM language server's own requests (protocol.ts) on the
 * connection: `registerItsmRequests(shared)` in server/main.ts, before the
 * server starts listening.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { ruleDocsUrl } from '../../docs-links.js';
import { RULES } from '../../validation/index.js';
import { buildDependencyGraph } from './dependency-graph.js';
import { diffWorkspace } from './diff-request.js';
import { generate, listTargets } from './generate-request.js';
import { LayoutRunner, LayoutSuperseded, LayoutTimeout } from './layout-runner.js';
import {
    ItsmRequests, type DependencyGraph, type DependencyGraphParams, type DiffParams, type DiffResult, type GenerateParams, type GenerateResult,
    type RuleInfo, type SeverityCounts, type TargetInfo,
} from './protocol.js';
import { countFindings, itsmServices, readWorkspace, revalidateWorkspace } from './workspace-state.js';

export function registerItsmRequests(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const layouts = new LayoutRunner();
    connection.onShutdown(() => layouts.dispose());
    connection.onRequest(ItsmRequests.dependencyGraph, (params: DependencyGraphParams) => dependencyGraph(shared, params, layouts));
    connection.onRequest(ItsmRequests.generate, (params: GenerateParams): Promise<GenerateResult> => generate(shared, params));
    connection.onRequest(ItsmRequests.validateWorkspace, (): Promise<SeverityCounts> => revalidateWorkspace(shared, countFindings));
    connection.onRequest(ItsmRequests.targets, (): TargetInfo[] => listTargets());
    connection.onRequest(ItsmRequests.rules, (): RuleInfo[] => listRules(shared));
    connection.onRequest(ItsmRequests.diff, (params: DiffParams): Promise<DiffResult> => diffWorkspace(shared, params));
}

export async function dependencyGraph(shared: LangiumSharedServices, params: DependencyGraphParams, layouts: LayoutRunner): Promise<DependencyGraph> {
    // The model is read under the workspace lock; the layout needs only the model, and runs off this thread.
    const graph = await readWorkspace(shared, () => buildDependencyGraph(itsmServices(shared), params));
    if (!params.layout || graph.nodes.length === 0) return graph;
    try {
        return { ...graph, layout: await layouts.layout(graph) };
    } catch (error) {
        if (error instanceof LayoutSuperseded) throw new ResponseError(LSPErrorCodes.RequestCancelled, error.message);
        if (error instanceof LayoutTimeout) return { ...graph, problem: error.message };
        throw error;
    }
}

export function listRules(shared: LangiumSharedServices): RuleInfo[] {
    const settings = itsmServices(shared).validation.RuleSettings;
    return RULES.map(rule => ({
        code: rule.code,
        level: settings.levelOf(rule.code),
        category: rule.category,
        description: rule.description,
        docsUrl: ruleDocsUrl(rule.code),
    }));
}
