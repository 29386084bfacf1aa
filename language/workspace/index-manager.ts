/**
 * Langium's index, with the index of references optional: only editor
 * features read it (find references, rename, which files to rebuild after an
 * edit), so a one-shot `itsm validate` does not build it — no rule asks which
 * references lead to a node (WorkspaceRelations reads the documents' links).
 */
import { DefaultIndexManager, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class ItsmIndexManager extends DefaultIndexManager {
    /** Whether linked documents' references are indexed (off in the CLI). */
    indexReferences = true;

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        if (this.indexReferences) await super.updateReferences(document, cancelToken);
    }
}
