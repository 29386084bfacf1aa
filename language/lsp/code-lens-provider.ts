/**
 * A code lens above each service: "2 dependants · 3 dependencies", the
 * services that depend on it and that it depends on directly (each once),
 * from the workspace's service graph. The lens is a plain title: the
 * command is empty, so the editor shows it as text.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { serviceGraph } from '../analysis/service-graph.js';
import { isService, type Model } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';

export class ItsmCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: ItsmServices) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = document.parseResult.value as Model;
        const services = (model.definitions ?? []).filter(isService);
        if (services.length === 0) return [];
        const graph = serviceGraph(this.services);
        const lenses: CodeLens[] = [];
        for (const service of services) {
            const cst = service.$cstNode;
            if (!cst) continue;
            const dependants = graph.directDependants(service).length;
            const dependencies = graph.directDependencies(service).length;
            const title = `${count(dependants, 'dependant')} · ${count(dependencies, 'dependency', 'dependencies')}`;
            const start = (GrammarUtils.findNodeForKeyword(cst, 'service') ?? cst).range.start;
            lenses.push({ range: { start, end: start }, command: { title, command: '' } });
        }
        return lenses;
    }
}

function count(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}
