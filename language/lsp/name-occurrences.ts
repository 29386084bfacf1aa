/**
 * Every place a definition's name is written: its declaration, each segment
 * of a reference that names it (`ad01` in `acme.shared.ad01`, `Email` in
 * `Email.EmailStandard`) and each import that names it (`import
 * acme.shared.ad01`, `import acme.it.Email.*`). The ranges cover the name
 * alone, never the qualifier, so a rename can replace them one for one.
 *
 * References come from Langium's reference index (built once per change, so
 * a look-up does not parse or walk any document); imports are read from each
 * file's import list, which is short.
 */
import {
    AstUtils, UriUtils, isReference,
    type AstNode, type AstNodeLocator, type LangiumDocuments, type NameProvider, type References, type URI,
} from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isService, type Model } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { importSegments, nameSegments, type NamedNode } from './name-at-position.js';

export interface NameOccurrence {
    uri: string;
    range: Range;
    kind: 'declaration' | 'reference' | 'import';
}

export interface OccurrenceOptions {
    includeDeclaration: boolean;
    /** Only the occurrences in this document. */
    documentUri?: URI;
}

export class NameOccurrences {
    private readonly references: References;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly nameProvider: NameProvider;

    constructor(services: ItsmServices) {
        this.references = services.references.References;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.nameProvider = services.references.NameProvider;
    }

    find(target: NamedNode, options: OccurrenceOptions): NameOccurrence[] {
        const occurrences: NameOccurrence[] = [];
        const inScope = (uri: URI) => !options.documentUri || UriUtils.equals(uri, options.documentUri);
        if (options.includeDeclaration) {
            const nameNode = this.nameProvider.getNameNode(target);
            const uri = AstUtils.getDocument(target).uri;
            if (nameNode && inScope(uri)) occurrences.push({ uri: uri.toString(), range: nameNode.range, kind: 'declaration' });
        }
        // A service's name is also written in the references to its offerings: `Email.EmailStandard`.
        const named: Array<{ node: AstNode; depth: number }> = [{ node: target, depth: 0 }];
        if (isService(target)) named.push(...target.offerings.map(offering => ({ node: offering, depth: 1 })));
        for (const { node, depth } of named) {
            for (const description of this.references.findReferences(node, { includeDeclaration: false, documentUri: options.documentUri })) {
                const range = this.segmentRange(description.sourceUri, description.sourcePath, description.segment.offset, depth);
                if (range) occurrences.push({ uri: description.sourceUri.toString(), range, kind: 'reference' });
            }
        }
        occurrences.push(...this.importOccurrences(target, inScope));
        return dedupe(occurrences);
    }

    /** The range of the segment `depth` places before the last one, in the reference starting at `offset`. */
    private segmentRange(uri: URI, path: string, offset: number, depth: number): Range | undefined {
        const document = this.documents.getDocument(uri);
        const node = document && this.locator.getAstNode(document.parseResult.value, path);
        if (!node) return undefined;
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (!isReference(reference) || reference.$refNode?.offset !== offset) continue;
            const segments = nameSegments(reference.$refNode);
            return segments[segments.length - 1 - depth]?.range;
        }
        return undefined;
    }

    private importOccurrences(target: NamedNode, inScope: (uri: URI) => boolean): NameOccurrence[] {
        const qualified = qualifiedNameOf(target)?.split('.');
        if (!qualified) return [];
        const occurrences: NameOccurrence[] = [];
        for (const document of this.documents.all) {
            if (!inScope(document.uri)) continue;
            for (const imp of (document.parseResult.value as Model).imports ?? []) {
                const segments = importSegments(imp);
                if (segments.length < qualified.length) continue;
                if (qualified.every((segment, i) => segments[i].text === segment)) {
                    occurrences.push({ uri: document.uri.toString(), range: segments[qualified.length - 1].range, kind: 'import' });
                }
            }
        }
        return occurrences;
    }
}

function dedupe(occurrences: NameOccurrence[]): NameOccurrence[] {
    const seen = new Set<string>();
    return occurrences.filter(occurrence => {
        const key = `${occurrence.uri}@${occurrence.range.start.line}:${occurrence.range.start.character}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}
