/**
 * Workspace-wide analyses (dependency graphs, composite availability, hosting
 * chains) computed once per build and shared by every rule and feature that
 * asks, instead of a walk of the workspace per checked node. Evicted when a
 * new build has indexed its documents.
 */
import { DocumentState, WorkspaceCache, type LangiumSharedCoreServices } from 'langium';

export class AnalysisCache {
    private readonly cache: WorkspaceCache<string, unknown>;

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    /** The analysis under `key`, computed by `compute` on the first request of a build. */
    get<T>(key: string, compute: () => T): T {
        return this.cache.get(key, compute) as T;
    }
}
