/**
 * Relations read backwards (which SLAs an OLA underpins, ...), computed once
 * per workspace build from the definition index and cached, so that a rule on
 * one definition can ask about the rest of the workspace in constant time.
 */
import { DocumentState, WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
import { isSla, type Sla, type Underpinning } from '../generated/ast.js';
import type { DefinitionIndex } from '../references/definition-index.js';

interface Relations {
    underpinnedSlas: Map<Underpinning, Sla[]>;
}

export class WorkspaceRelations {
    private readonly cache: WorkspaceCache<'relations', Relations>;

    constructor(shared: LangiumSharedCoreServices, private readonly definitions: DefinitionIndex) {
        // Linked state: every reference of the build can be resolved when this is first asked.
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    /** The SLAs that name this OLA or underpinning contract in `underpinned by`. */
    slasUnderpinnedBy(agreement: Underpinning): readonly Sla[] {
        return this.relations().underpinnedSlas.get(agreement) ?? [];
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
            return { underpinnedSlas };
        });
    }
}
