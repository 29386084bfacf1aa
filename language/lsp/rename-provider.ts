/**
 * Rename a definition (or a workflow state, a priority, a CI class attribute)
 * everywhere it is named: its declaration, every reference in every file and
 * every import. Only the segment that names it changes, so
 * `acme.shared.ad01` becomes `acme.shared.ad02` and renaming the offering of
 * `Email.EmailStandard` keeps `Email.`. Keywords, built-in words, packages and
 * unresolved names are refused with a message, as is a new name that is not a
 * name, is a keyword, or is taken.
 */
import type { LangiumDocument } from 'langium';
import type { RenameProvider } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, TextEdit,
    type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ItsmServices } from '../itsm-module.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { kindLabel } from '../references/linker.js';
import { nameAt, type NameAtPosition, type NamedNode } from './name-at-position.js';
import { NameOccurrences } from './name-occurrences.js';

export class ItsmRenameProvider implements RenameProvider {
    private readonly occurrences: NameOccurrences;

    constructor(private readonly services: ItsmServices) {
        this.occurrences = new NameOccurrences(services);
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const at = nameAt(this.services, document, document.textDocument.offsetAt(params.position));
        renameTarget(at);
        return at!.leaf.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const at = nameAt(this.services, document, document.textDocument.offsetAt(params.position));
        const target = renameTarget(at);
        const newName = params.newName;
        this.checkNewName(newName);
        if (newName === target.name) return { changes: {} };
        this.checkNotTaken(target, newName);
        const changes: Record<string, TextEdit[]> = {};
        for (const occurrence of this.occurrences.find(target, { includeDeclaration: true })) {
            (changes[occurrence.uri] ??= []).push(TextEdit.replace(occurrence.range, newName));
        }
        return { changes };
    }

    /** A new name must lex as exactly one name: not a keyword, no dots, no spaces. */
    private checkNewName(newName: string): void {
        const lexed = this.services.parser.Lexer.tokenize(newName);
        const [token, ...rest] = lexed.tokens;
        const whole = token && rest.length === 0 && lexed.errors.length === 0 && token.image === newName;
        if (whole && token.tokenType.name === 'ID') return;
        if (whole && /^\w/.test(newName) && token.tokenType.name === newName) {
            fail(`'${newName}' is a keyword of the ITSM language and cannot be used as a name.`);
        }
        fail(`'${newName}' is not a valid name: a name starts with a letter or '_', continues with letters, ` +
            `digits and '_', and may contain inner hyphens (web-01); no dots or spaces.`);
    }

    /** Refuses a name another definition of the same package, service or container already has. */
    private checkNotTaken(target: NamedNode, newName: string): void {
        const qualified = qualifiedNameOf(target);
        if (qualified) {
            const renamed = qualified.slice(0, qualified.length - target.name.length) + newName;
            const existing = this.services.references.DefinitionIndex.lookup(renamed)[0];
            if (existing) fail(`'${renamed}' already exists (a ${kindLabel(existing.type)}): choose another name.`);
            return;
        }
        const container = target.$container as Record<string, unknown> & { name?: string } | undefined;
        const siblings = container && target.$containerProperty ? container[target.$containerProperty] : undefined;
        if (Array.isArray(siblings) && siblings.some(sibling => sibling !== target && (sibling as NamedNode).name === newName)) {
            const where = container?.name ? ` in ${container.name}` : '';
            fail(`There is already a ${kindLabel(target.$type)} named '${newName}'${where}: choose another name.`);
        }
    }
}

/** The definition to rename, or a refusal that says why there is none. */
function renameTarget(at: NameAtPosition | undefined): NamedNode {
    switch (at?.kind) {
        case 'definition':
            return at.target;
        case 'keyword':
            return at.builtIn
                ? fail(`'${at.text}' is a built-in word of the ITSM language and cannot be renamed.`)
                : fail(`'${at.text}' is a keyword of the ITSM language and cannot be renamed.`);
        case 'namespace':
            return fail(`'${at.name}' is a package: packages are renamed by editing each file's package declaration and imports.`);
        case 'unresolved':
            return fail(`'${at.text}' does not refer to any definition, so there is nothing to rename.`);
        default:
            return fail('Only names can be renamed: place the cursor on the name of a definition or on a reference to one.');
    }
}

function fail(message: string): never {
    throw new ResponseError(LSPErrorCodes.RequestFailed, message);
}
