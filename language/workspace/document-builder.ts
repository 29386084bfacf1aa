/**
 * Keeps diagnostics fresh in documents that depend on a changed document
 * "backwards". Langium relinks the documents that reference a changed one;
 * some findings also depend on documents that the changed one references or
 * shares a name with (an OLA is judged against the SLAs that name it; a
 * duplicate name is reported in both files). Those documents are validated
 * again — not relinked — before and after the change, so a fix in one file
 * clears the finding in the other.
 */
import { AstUtils, DefaultDocumentBuilder, DocumentState, type LangiumDocument, type URI } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { isModel, isService } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { qualifiedNameOf } from '../references/qualified-names.js';

export class ItsmDocumentBuilder extends DefaultDocumentBuilder {
    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const touched = new Map([...changed, ...deleted].map(uri => [uri.toString(), uri]));
        const before = this.dependantsOf(touched);
        for (const document of before) this.resetToState(document, DocumentState.IndexedReferences);
        await super.update(changed, deleted, cancelToken);
        // References and names the changed documents have now may point at documents not rebuilt yet.
        const beforeUris = new Set(before.map(d => d.uri.toString()));
        const after = this.dependantsOf(touched).filter(d => !beforeUris.has(d.uri.toString()));
        if (after.length > 0) {
            for (const document of after) this.resetToState(document, DocumentState.IndexedReferences);
            await this.buildDocuments(after, this.updateBuildOptions, cancelToken ?? CancellationToken.None);
        }
    }

    /** Validates these documents again without relinking them (their findings may depend on other files). */
    async revalidate(documents: LangiumDocument[], cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        for (const document of documents) this.resetToState(document, DocumentState.IndexedReferences);
        await this.buildDocuments(documents, this.updateBuildOptions, cancelToken);
    }

    /** Documents (other than `uris`) that the documents at `uris` reference or share a definition name with. */
    private dependantsOf(uris: ReadonlyMap<string, URI>): LangiumDocument[] {
        const found = new Map<string, LangiumDocument>();
        const add = (document: LangiumDocument | undefined) => {
            if (!document) return;
            const key = document.uri.toString();
            if (!uris.has(key) && document.state >= DocumentState.IndexedReferences) found.set(key, document);
        };
        for (const uri of uris.values()) {
            const document = this.langiumDocuments.getDocument(uri);
            if (!document || document.state < DocumentState.Linked) continue;
            for (const reference of document.references) {
                // Linked documents have every reference resolved (or failed) already: this reads a cache.
                const target = 'ref' in reference ? reference.ref : undefined;
                if (target) add(AstUtils.getDocument(target));
            }
            const services = this.serviceRegistry.getServices(document.uri) as ItsmServices;
            // A set: n definitions sharing a name would otherwise look the name up n times (quadratic).
            for (const name of new Set(definedNames(document))) {
                for (const description of services.references.DefinitionIndex.lookup(name)) {
                    add(this.langiumDocuments.getDocument(description.documentUri));
                }
            }
        }
        return [...found.values()];
    }
}

function definedNames(document: LangiumDocument): string[] {
    const model = document.parseResult.value;
    if (!isModel(model)) return [];
    const names: string[] = [];
    for (const definition of model.definitions) {
        const name = qualifiedNameOf(definition);
        if (name) names.push(name);
        if (isService(definition)) {
            for (const offering of definition.offerings) {
                const offeringName = qualifiedNameOf(offering);
                if (offeringName) names.push(offeringName);
            }
        }
    }
    return names;
}
