/**
 * A map from qualified name to the exported definitions carrying it, over the
 * whole workspace. Built once per workspace change (linear in the number of
 * definitions) and shared by every scope, so that resolving a name is a few
 * map look-ups instead of a scan of the scope.
 */
import { DocumentState, WorkspaceCache, type AstNode, type AstNodeDescription, type LangiumSharedCoreServices } from 'langium';
import type { ItsmIndexManager } from '../workspace/index-manager.js';

export class DefinitionIndex {
    private readonly cache: WorkspaceCache<'byName' | 'bySimpleName', Map<string, AstNodeDescription[]>>;
    private readonly indexManager: ItsmIndexManager;

    constructor(shared: LangiumSharedCoreServices) {
        this.indexManager = shared.workspace.IndexManager as ItsmIndexManager; // registered in itsm-module.ts
        // Evict once every document of a build has been indexed; rebuilt lazily on the next look-up.
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    /** Every definition exported under exactly this qualified name (several means a duplicate). */
    lookup(qualifiedName: string): readonly AstNodeDescription[] {
        return this.byName().get(qualifiedName) ?? [];
    }

    /** Every exported definition, in index order. */
    all(): Iterable<AstNodeDescription> {
        return this.indexManager.allElements();
    }

    /**
     * Every exported definition of this type or a subtype, in index order: Langium's
     * per-document lists by type, cached until the document changes, instead of a
     * subtype test on every definition of the workspace per call.
     */
    allOfType(type: string): Iterable<AstNodeDescription> {
        return this.indexManager.allElements(type);
    }

    /**
     * Every definition of one AST type in the workspace (e.g. `Service`), as nodes.
     * Langium caches the per-type lists, so repeated calls within a build are cheap.
     */
    nodesOfType<T extends AstNode>(type: string, guard: (node: unknown) => node is T): T[] {
        const nodes: T[] = [];
        for (const description of this.indexManager.allElements(type)) {
            if (guard(description.node)) nodes.push(description.node);
        }
        return nodes;
    }

    /** Whether some definition's qualified name starts with `prefix.` (a package or a container). */
    hasPackage(packageName: string): boolean {
        return this.packages().has(packageName);
    }

    /** Every definition whose qualified name ends in this simple name (`Messaging` → `acme.it.Messaging`, …). */
    lookupSimpleName(simple: string): readonly AstNodeDescription[] {
        return this.cache.get('bySimpleName', () => {
            const map = new Map<string, AstNodeDescription[]>();
            for (const [name, descriptions] of this.byName()) {
                const key = name.slice(name.lastIndexOf('.') + 1);
                const list = map.get(key);
                // A loop, not push(...descriptions): 100k definitions of one name would overflow the stack.
                if (list) for (const description of descriptions) list.push(description);
                else map.set(key, [...descriptions]);
            }
            return map;
        }).get(simple) ?? [];
    }

    /** Every package (and container) prefix of a qualified name in the workspace. */
    packageNames(): string[] {
        return [...this.packages()];
    }

    private byName(): Map<string, AstNodeDescription[]> {
        return this.cache.get('byName', () => {
            const map = new Map<string, AstNodeDescription[]>();
            const add = (description: AstNodeDescription) => {
                const list = map.get(description.name);
                if (list) list.push(description);
                else map.set(description.name, [description]);
            };
            // Rebuilt after every edit: plain loops over the index's arrays (Langium's streams cost more).
            for (const descriptions of this.indexManager.exportsByDocument()) for (const description of descriptions) add(description);
            return map;
        });
    }

    private packagesCache?: { source: Map<string, AstNodeDescription[]>; packages: Set<string> };

    private packages(): Set<string> {
        const source = this.byName();
        if (this.packagesCache?.source !== source) {
            const packages = new Set<string>();
            for (const name of source.keys()) {
                let dot = name.lastIndexOf('.');
                while (dot > 0) {
                    const prefix = name.slice(0, dot);
                    if (packages.has(prefix)) break; // and every shorter prefix with it
                    packages.add(prefix);
                    dot = name.lastIndexOf('.', dot - 1);
                }
            }
            this.packagesCache = { source, packages };
        }
        return this.packagesCache.packages;
    }
}
