/**
 * Find references: every place in the workspace that names the definition
 * under the cursor, imports included (`import acme.shared.ad01`). Works from a
 * declaration, a reference, any segment of a qualified reference and an
 * import; each location covers the name itself, not its qualifier.
 */
import type { LangiumDocument } from 'langium';
import type { ReferencesProvider } from 'langium/lsp';
import { Location, type ReferenceParams } from 'vscode-languageserver';
import type { ItsmServices } from '../itsm-module.js';
import { nameAt } from './name-at-position.js';
import { NameOccurrences } from './name-occurrences.js';

export class ItsmReferencesProvider implements ReferencesProvider {
    private readonly occurrences: NameOccurrences;

    constructor(private readonly services: ItsmServices) {
        this.occurrences = new NameOccurrences(services);
    }

    findReferences(document: LangiumDocument, params: ReferenceParams): Location[] {
        const at = nameAt(this.services, document, document.textDocument.offsetAt(params.position));
        if (at?.kind !== 'definition') return [];
        return this.occurrences.find(at.target, { includeDeclaration: params.context.includeDeclaration })
            .map(occurrence => Location.create(occurrence.uri, occurrence.range));
    }
}
