/**
 * Langium's index, with two changes:
 * - the index of references is optional: only editor features read it (find
 *   references, rename, which files to rebuild after an edit), so a one-shot
 *   `itsm validate` does not build it;
 * - where it is built, it also counts the references that lead to each node,
 *   kept up to date document by document, so that "is this definition used
 *   anywhere?" costs a look-up after an edit instead of a walk over every
 *   reference of the workspace (WorkspaceRelations).
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type ReferenceDescription, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class ItsmIndexManager extends DefaultIndexManager {
    /** Whether linked documents' references are indexed (off in the CLI). */
    indexReferences = true;

    /** Indexed references by target (`uri#path`). */
    private readonly incoming = new Map<string, number>();
    /** What `incoming` counts for each source document: the index's entry when it was last counted. */
    private readonly counted = new Map<string, readonly ReferenceDescription[]>();

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        if (!this.indexReferences) return;
        await super.updateReferences(document, cancelToken);
        this.recount(document.uri.toString());
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.recount(uri.toString());
    }

    /**
     * How many indexed references lead to the node at `path` in the document
     * at `uri`; undefined where references are not indexed (the CLI).
     */
    incomingReferences(uri: string, path: string): number | undefined {
        return this.indexReferences ? this.incoming.get(targetKey(uri, path)) ?? 0 : undefined;
    }

    /** Each document's exported descriptions, in index order: plain arrays, for what is rebuilt after every edit. */
    exportsByDocument(): Iterable<readonly AstNodeDescription[]> {
        return this.symbolIndex.values();
    }

    /** Moves the counts of one source document from what was counted to what the index holds now. */
    private recount(source: string): void {
        const now = this.referenceIndex.get(source);
        const was = this.counted.get(source);
        if (now === was) return;
        for (const reference of was ?? []) {
            const key = targetKey(reference.targetUri.toString(), reference.targetPath);
            const count = (this.incoming.get(key) ?? 0) - 1;
            if (count > 0) this.incoming.set(key, count);
            else this.incoming.delete(key);
        }
        for (const reference of now ?? []) {
            const key = targetKey(reference.targetUri.toString(), reference.targetPath);
            this.incoming.set(key, (this.incoming.get(key) ?? 0) + 1);
        }
        if (now) this.counted.set(source, now);
        else this.counted.delete(source);
    }
}

function targetKey(uri: string, path: string): string {
    return `${uri}#${path}`;
}
