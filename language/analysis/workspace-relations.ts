/**
 * Relations read backwards (which SLAs an OLA underpins, ...), computed once
 * per workspace build from the definition index and cached, so that a rule on
 * one definition can ask about the rest of the workspace in constant time.
 */
import { AstUtils, DocumentState, WorkspaceCache, type AstNode, type AstNodeLocator, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isSla, type Sla, type Underpinning } from '../generated/ast.js';
import type { DefinitionIndex } from '../references/definition-index.js';
import type { ItsmIndexManager } from '../workspace/index-manager.js';

interface Relations {
    underpinnedSlas: Map<Underpinning, Sla[]>;
    /** Every node a reference leads to; only where the index does not count references (the CLI). */
    referenced?: Set<AstNode>;
}

export class WorkspaceRelations {
    private readonly cache: WorkspaceCache<'relations', Relations>;

    private readonly documents: LangiumDocuments;
    private readonly indexManager: ItsmIndexManager;

    constructor(shared: LangiumSharedCoreServices, private readonly definitions: DefinitionIndex, private readonly locator: AstNodeLocator) {
        this.documents = shared.workspace.LangiumDocuments;
        this.indexManager = shared.workspace.IndexManager as ItsmIndexManager;
        // Linked state: every reference of the build can be resolved when this is first asked.
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    /** The SLAs that name this OLA or underpinning contract in `underpinned by`. */
    slasUnderpinnedBy(agreement: Underpinning): readonly Sla[] {
        return this.relations().underpinnedSlas.get(agreement) ?? [];
    }

    /**
     * Whether any reference anywhere in the workspace resolves to this node:
     * in the editor, the index's count of references to it (kept up to date
     * per document, so an edit does not walk every reference again); in the
     * CLI, which indexes no references, the links of every document, once.
     */
    isReferenced(node: AstNode): boolean {
        const document = AstUtils.findRootNode(node).$document;
        const counted = document && this.indexManager.incomingReferences(document.uri.toString(), this.locator.getAstNodePath(node));
        if (counted !== undefined) return counted > 0;
        return this.referencedByLinks().has(node);
    }

    private referencedByLinks(): Set<AstNode> {
        const relations = this.relations();
        if (!relations.referenced) {
            const referenced = new Set<AstNode>();
            for (const document of this.documents.all) {
                for (const reference of document.references) {
                    const target = 'ref' in reference ? reference.ref : undefined;
                    if (target) referenced.add(target);
                }
            }
            relations.referenced = referenced;
        }
        return relations.referenced;
    }

    private relations(): Relations {
        return this.cache.get('relations', () => {
            const underpinnedSlas = new Map<Underpinning, Sla[]>();
            for (const description of this.definitions.allOfType('Sla')) {
                const sla = description.node;
                if (!isSla(sla)) continue;
                for (const reference of sla.underpinnedBy) {
                    const target = reference.ref;
                    if (!target) continue;
                    const list = underpinnedSlas.get(target) ?? [];
                    if (!list.includes(sla)) list.push(sla);
                    underpinnedSlas.set(target, list);
                }
            }
            return { underpinnedSlas };
        });
    }
}
