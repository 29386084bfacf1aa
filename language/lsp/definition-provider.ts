/**
 * Go to definition from a reference, from one segment of a qualified
 * reference (`Email` in `Email.EmailStandard` goes to the service) and from an
 * import (`import acme.shared.ad01` goes to the CI), which Langium's default
 * cannot do: to the linker an import is plain text. On a declaration's own
 * name it answers the declaration, which editors turn into "find references".
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { DefinitionProvider } from 'langium/lsp';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';
import type { ItsmServices } from '../itsm-module.js';
import { nameAt } from './name-at-position.js';

export class ItsmDefinitionProvider implements DefinitionProvider {
    constructor(private readonly services: ItsmServices) {}

    getDefinition(document: LangiumDocument, params: DefinitionParams): LocationLink[] | undefined {
        const at = nameAt(this.services, document, document.textDocument.offsetAt(params.position));
        if (at?.kind !== 'definition') return undefined;
        const target = at.target;
        const targetDocument = AstUtils.getDocument(target);
        const nameNode = this.services.references.NameProvider.getNameNode(target);
        const whole = target.$cstNode;
        if (!nameNode || !whole) return undefined;
        return [LocationLink.create(targetDocument.uri.toString(), whole.range, nameNode.range, at.leaf.range)];
    }
}
