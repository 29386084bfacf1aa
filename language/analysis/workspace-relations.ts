/**
 * Relations read backwards (which SLAs an OLA underpins, ...), computed once
 * per workspace build from the definition index and cached, so that a rule on
 * one definition can ask about the rest of the workspace in constant time.
 */
import { DocumentState, WorkspaceCache, type AstNode, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isSla, type Sla, type Underpinning } from '../generated/ast.js';
import type { DefinitionIndex } from '../references/definition-index.js';

interface Relations {
    underpinnedSlas: Map<Underpinning, Sla[]>;
    referenced: Set<AstNode>;
}

export class WorkspaceRelations {
    private readonly cache: WorkspaceCache<'relations', Relations>;

    private readonly documents: LangiumDocuments;

    constructor(shared: LangiumSharedCoreServices, private readonly definitions: DefinitionIndex) {
        this.documents = shared.workspace.LangiumDocuments;
        // Linked state: every reference of the build can be resolved when this is first asked.
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    /** The SLAs that name this OLA or underpinning contract in `underpinned by`. */
    slasUnderpinnedBy(agreement: Underpinning): readonly Sla[] {
        return this.relations().underpinnedSlas.get(agreement) ?? [];
    }

    /** Whether any reference anywhere in the workspace resolves to this node. */
    isReferenced(node: AstNode): boolean {
        return this.relations().referenced.has(node);
    }

    private relations(): Relations {
        return this.cache.get('relations', () => {
            const underpinnedSlas = new Map<Underpinning, Sla[]>();
            for (const description of this.definitions.all()) {
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
            const referenced = new Set<AstNode>();
            for (const document of this.documents.all) {
                for (const reference of document.references) {
                    const target = 'ref' in reference ? reference.ref : undefined;
                    if (target) referenced.add(target);
                }
            }
            return { underpinnedSlas, referenced };
        });
    }
}
