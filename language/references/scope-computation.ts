/**
 * Exports every top-level definition (and every service offering) under its
 * qualified name. Nothing is collected as a local symbol: names that are local
 * (workflow states, matrix priorities, class attributes) are looked up in their
 * container by the scope provider, which keeps linking linear.
 */
import { DefaultScopeComputation, MultiMap, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isService, type Model } from '../generated/ast.js';
import { qualifiedNameOf } from './qualified-names.js';

export class ItsmScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const model = document.parseResult.value as Model;
        const exports: AstNodeDescription[] = [];
        for (const definition of model.definitions ?? []) {
            this.exportNode(definition, exports, document);
            if (isService(definition)) {
                for (const offering of definition.offerings) this.exportNode(offering, exports, document);
            }
        }
        return exports;
    }

    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap();
    }

    private exportNode(node: Parameters<typeof qualifiedNameOf>[0], exports: AstNodeDescription[], document: LangiumDocument): void {
        const name = qualifiedNameOf(node);
        if (name) exports.push(this.descriptions.createDescription(node, name, document));
    }
}
