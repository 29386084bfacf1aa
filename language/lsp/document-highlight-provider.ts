/**
 * Highlights every occurrence in the file of the definition under the cursor:
 * its declaration (as a write) and each reference or import naming it (as a
 * read). On a qualified reference only the segment naming the definition is
 * highlighted, so `acme.shared.ad01` marks `ad01`, and `Email.EmailStandard`
 * marks `Email` when the cursor is on the service.
 */
import type { LangiumDocument } from 'langium';
import type { DocumentHighlightProvider } from 'langium/lsp';
import { DocumentHighlight, DocumentHighlightKind, type DocumentHighlightParams } from 'vscode-languageserver';
import type { ItsmServices } from '../itsm-module.js';
import { nameAt } from './name-at-position.js';
import { NameOccurrences } from './name-occurrences.js';

export class ItsmDocumentHighlightProvider implements DocumentHighlightProvider {
    private readonly occurrences: NameOccurrences;

    constructor(private readonly services: ItsmServices) {
        this.occurrences = new NameOccurrences(services);
    }

    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const at = nameAt(this.services, document, document.textDocument.offsetAt(params.position));
        if (at?.kind !== 'definition') return undefined;
        return this.occurrences.find(at.target, { includeDeclaration: true, documentUri: document.uri })
            .map(occurrence => DocumentHighlight.create(
                occurrence.range,
                occurrence.kind === 'declaration' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
            ));
    }
}
