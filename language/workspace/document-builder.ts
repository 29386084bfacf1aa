/**
 * Keeps diagnostics fresh in documents that depend on a changed document
 * "backwards". Langium relinks the documents that reference a changed one;
 * some findings also depend on documents that the changed one references or
 * shares a name with (an OLA is judged against the SLAs that name it; a
 * duplicate name is reported in both files). Those documents are validated
 * again — not relinked — before and after the change, so a fix in one file
 * clears the finding in the other.
 */
import {
    AstUtils, DefaultDocumentBuilder, DocumentState,
    type AstNode, type AstNodeDescription, type BuildOptions, type DefaultReference, type LangiumDocument, type Reference, URI,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { isModel, isService } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { ReferenceTargets } from './reference-targets.js';

export class ItsmDocumentBuilder extends DefaultDocumentBuilder {
    /**
     * Documents that reference a changed document and are re-pointed at its new
     * nodes (see `retarget`) instead of being unlinked and linked again whole.
     */
    private readonly retargets = new Set<LangiumDocument>();
    /** What the changed documents exported when their dependants were last linked, by URI. */
    private readonly exportsBefore = new Map<string, string>();
    /** Whether the document validated last is open in the editor (see `validate`). */
    private openValidated = false;
    /** Each document's links by the document they lead into. */
    private readonly targets = new ReferenceTargets();

    /** Builds under way (start-up, an update, a revalidation): the background pass waits for them instead of cancelling them. */
    private running = 0;

    /** Whether a build is under way. */
    get busy(): boolean {
        return this.running > 0;
    }

    override async build<T extends AstNode>(documents: Array<LangiumDocument<T>>, options?: BuildOptions, cancelToken?: CancellationToken): Promise<void> {
        this.running++;
        try {
            await super.build(documents, options, cancelToken);
        } finally {
            this.running--;
        }
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        this.running++;
        try {
            await this.updateDependants(changed, deleted, cancelToken);
        } finally {
            this.running--;
        }
    }

    private async updateDependants(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const touched = new Map([...changed, ...deleted].map(uri => [uri.toString(), uri]));
        const before = this.dependantsOf(touched);
        for (const document of before) this.resetToState(document, DocumentState.IndexedReferences);
        if (deleted.length === 0) this.planRetargets(touched);
        // Dependants still waiting to be re-pointed are relinked whole once a document is gone.
        else for (const uri of deleted) this.exportsBefore.set(uri.toString(), '');
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
        this.running++;
        try {
            for (const document of documents) this.resetToState(document, DocumentState.IndexedReferences);
            // A build that this one's write cancelled (start-up, an edit) is finished here, as Langium's `update`
            // would: its documents would otherwise wait, unvalidated and unpublished, for the next edit.
            const unfinished = this.langiumDocuments.all
                .filter(document => document.state < DocumentState.Validated || !this.buildState.get(document.uri.toString())?.completed)
                .toArray();
            await this.buildDocuments(this.sortDocuments(unfinished), this.updateBuildOptions, cancelToken);
        } finally {
            this.running--;
        }
    }

    /**
     * An edit of a file that a thousand others reference would make Langium
     * unlink and relink all of them before the edited file's own diagnostics
     * come back. Instead, the documents whose references are all resolved keep
     * their links and are only re-pointed at the changed documents' new nodes
     * just before validation; they are still validated again.
     */
    private planRetargets(touched: ReadonlyMap<string, URI>): void {
        for (const [key, uri] of touched) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document) this.retargets.delete(document);
            // Keep the oldest snapshot: a cancelled build leaves dependants linked against it.
            if (!this.exportsBefore.has(key)) {
                this.exportsBefore.set(key, document && document.state >= DocumentState.IndexedContent ? this.exportSignature(key) : '');
            }
        }
        const keys = new Set(touched.keys());
        for (const document of this.langiumDocuments.all) {
            if (touched.has(document.uri.toString()) || document.state < DocumentState.IndexedReferences) continue;
            if (!this.targets.leadsInto(document, keys)) continue;
            // Langium relinks documents with unresolved references whole: one may resolve now.
            if (!this.targets.allResolved(document)) continue;
            this.retargets.add(document);
            this.resetToState(document, DocumentState.IndexedReferences);
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return !this.retargets.has(document) && super.shouldRelink(document, changedUris);
    }

    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        // The findings of an open document are published once it is validated, but the message is written on the
        // event loop's next turn: let that turn come before the next document, or the editor waits for the first
        // ~10 ms chunk of the dependants' checks (Langium yields that often), workspace-wide analyses included.
        if (this.openValidated) {
            this.openValidated = false;
            await new Promise(resolve => setImmediate(resolve));
        }
        // Rules read other documents' links: every pending dependant is re-pointed before the first check runs.
        if (this.retargets.size > 0) await this.retargetPending();
        await super.validate(document, cancelToken);
        this.openValidated = this.textDocuments?.get(document.uri.toString()) !== undefined;
    }

    private async retargetPending(): Promise<void> {
        const documents = [...this.retargets];
        const unchanged = this.exportsUnchanged();
        const changed = new Set(this.exportsBefore.keys());
        const exported = new Map([...changed].map(key =>
            [key, new Map(this.indexManager.allElements(undefined, new Set([key])).map(d => [d.path, d] as const))]));
        this.retargets.clear();
        this.exportsBefore.clear();
        for (const document of documents) {
            if (unchanged && await this.retarget(document, changed, exported)) continue;
            // What Langium does for an affected document: unlink, link and index its references again.
            const linker = this.serviceRegistry.getServices(document.uri).references.Linker;
            linker.unlink(document);
            await linker.link(document);
            await this.indexManager.updateReferences(document);
        }
    }

    /**
     * Re-resolves the references of `document` whose target is in a changed
     * document (whose AST has been replaced by a new parse). With the same exported names and
     * kinds (and no duplicates among them) every scope answers as before, so
     * this gives the links that a full relink would. False if it cannot.
     */
    private async retarget(document: LangiumDocument, changed: ReadonlySet<string>, exported: ReadonlyMap<string, ReadonlyMap<string, AstNodeDescription>>): Promise<boolean> {
        if (!this.targets.allResolved(document)) return false;
        // Every target in a changed document is looked up again.
        const stale = [...changed].flatMap(uri => this.targets.into(document, uri));
        if (stale.length === 0) return true;
        const lookUp: Array<{ reference: DefaultReference; before: string }> = [];
        for (const reference of stale) {
            // An exported definition at the same path, name and kind is what the scope would answer (names are unique).
            const old = reference._nodeDescription!;
            const fresh = exported.get(old.documentUri.toString())?.get(old.path);
            if (fresh?.node && fresh.name === old.name && fresh.type === old.type) {
                reference._ref = fresh.node;
                reference._nodeDescription = fresh;
            } else {
                lookUp.push({ reference, before: targetOf(reference) });
                reference._ref = undefined;
                delete reference._nodeDescription;
            }
        }
        if (lookUp.length === 0) return true;
        // Reading `ref` resolves through the scope provider, as linking does (local scopes follow their own links);
        // Langium appends each reference it resolves to the document's list, which must not list them twice.
        const original = document.references;
        const pending = new Set<unknown>(lookUp.map(({ reference }) => reference));
        document.references = original.filter(reference => !pending.has(reference));
        for (const { reference } of lookUp) void reference.ref;
        document.references = original; // in its order: linking errors are reported in it
        if (lookUp.some(({ reference }) => reference.error !== undefined)) return false;
        if (lookUp.some(({ reference, before }) => targetOf(reference) !== before)) {
            this.targets.forget(document); // a reference now leads elsewhere
            await this.indexManager.updateReferences(document);
        }
        return true;
    }

    private exportsUnchanged(): boolean {
        for (const [key, signature] of this.exportsBefore) {
            if (!signature || this.exportSignature(key) !== signature) return false;
            const document = this.langiumDocuments.getDocument(URI.parse(key));
            if (!document) return false;
            const services = this.serviceRegistry.getServices(document.uri) as ItsmServices;
            // A duplicated name may resolve to another document once this one is indexed last.
            for (const description of this.indexManager.allElements(undefined, new Set([key]))) {
                if (services.references.DefinitionIndex.lookup(description.name).length !== 1) return false;
            }
        }
        return true;
    }

    /** Exported names, kinds and paths of one document, as one string. */
    private exportSignature(key: string): string {
        return this.indexManager.allElements(undefined, new Set([key]))
            .map(description => `${description.name} ${description.type} ${description.path}`).join('\n') || '-';
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

function targetOf(reference: Reference): string {
    return `${reference.$nodeDescription?.documentUri.toString()}#${reference.$nodeDescription?.path}`;
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
