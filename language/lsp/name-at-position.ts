/**
 * What the name under the cursor stands for, segment by segment: in
 * `acme.shared.ad01` the cursor on `ad01` means the CI, on `shared` the
 * package; in `Email.EmailStandard` the cursor on `Email` means the service,
 * not the offering the whole reference resolves to. The same holds for the
 * segments of an import (`import acme.shared.ad01`), which are plain text to
 * the linker. Highlights, rename, go to definition and find references all ask
 * this one function, so they agree on what is under the cursor.
 */
import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils, isReference,
    type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, type Reference,
} from 'langium';
import { isImport, isOffering, isPackageDeclaration, isService, type Import } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { isNamedKind } from './definition-kinds.js';

export type NamedNode = AstNode & { name: string };

export type NameAtPosition =
    /** A definition (or a local name: state, priority, attribute), declared or referenced here. */
    | { kind: 'definition'; target: NamedNode; leaf: LeafCstNode; declaration: boolean }
    /** A package segment of a package declaration, an import or a qualified reference. */
    | { kind: 'namespace'; name: string; leaf: LeafCstNode }
    /** A reference that resolves to nothing. */
    | { kind: 'unresolved'; text: string; leaf: LeafCstNode }
    /** A keyword; `builtIn` for the words of a closed set (`production`, `live`, `mon`, `24x7` …). */
    | { kind: 'keyword'; text: string; builtIn: boolean; leaf: LeafCstNode };

/** The name segments (ID tokens) of a name, a qualified reference or an import. */
export function nameSegments(cst: CstNode | undefined): LeafCstNode[] {
    if (!cst) return [];
    return CstUtils.flattenCst(cst).filter(leaf => !leaf.hidden && leaf.tokenType.name === 'ID').toArray();
}

/**
 * A target and the named nodes whose names precede its own in a qualified
 * reference: `[offering, service]` for an offering, `[target]` otherwise.
 */
export function namedChain(target: AstNode): AstNode[] {
    return isOffering(target) && isService(target.$container) ? [target, target.$container] : [target];
}

/** The imported name's segments, without a trailing `.*`. */
export function importSegments(imp: Import): LeafCstNode[] {
    return nameSegments(GrammarUtils.findNodeForProperty(imp.$cstNode, 'target'));
}

export function nameAt(services: ItsmServices, document: LangiumDocument, offset: number): NameAtPosition | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, services.parser.GrammarConfig.nameRegexp);
    if (!leaf || leaf.hidden) return undefined;
    if (GrammarAST.isKeyword(leaf.grammarSource)) {
        return { kind: 'keyword', text: leaf.text, builtIn: isBuiltInWord(leaf.grammarSource), leaf };
    }
    if (leaf.tokenType.name !== 'ID') return undefined;
    const node = leaf.astNode;
    if (isPackageDeclaration(node)) return { kind: 'namespace', name: prefixUpTo(nameSegments(node.$cstNode), leaf), leaf };
    if (isImport(node)) return importSegmentAt(services, node, leaf);
    for (const { reference } of AstUtils.streamReferences(node)) {
        const refNode = isReference(reference) ? reference.$refNode : undefined;
        if (refNode && refNode.offset <= leaf.offset && leaf.end <= refNode.end) return referenceSegmentAt(reference as Reference, leaf);
    }
    const nameNode = services.references.NameProvider.getNameNode(node);
    if (nameNode && nameNode.offset === leaf.offset && isNamedKind(node.$type)) {
        return { kind: 'definition', target: node as NamedNode, leaf, declaration: true };
    }
    return undefined;
}

function referenceSegmentAt(reference: Reference, leaf: LeafCstNode): NameAtPosition {
    const segments = nameSegments(reference.$refNode);
    const target = reference.ref;
    if (!target) return { kind: 'unresolved', text: reference.$refText, leaf };
    const index = segments.findIndex(segment => segment.offset === leaf.offset);
    const chain = namedChain(target);
    const depth = segments.length - 1 - index;
    if (depth < chain.length) return { kind: 'definition', target: chain[depth] as NamedNode, leaf, declaration: false };
    return { kind: 'namespace', name: prefixUpTo(segments, leaf), leaf };
}

function importSegmentAt(services: ItsmServices, imp: Import, leaf: LeafCstNode): NameAtPosition {
    const name = prefixUpTo(importSegments(imp), leaf);
    const definition = services.references.DefinitionIndex.lookup(name)[0]?.node;
    if (definition && isNamedKind(definition.$type)) {
        return { kind: 'definition', target: definition as NamedNode, leaf, declaration: false };
    }
    return { kind: 'namespace', name, leaf };
}

/** `acme.shared` for the cursor on `shared` in `acme.shared.ad01`. */
function prefixUpTo(segments: LeafCstNode[], leaf: LeafCstNode): string {
    const index = segments.findIndex(segment => segment.offset === leaf.offset);
    return segments.slice(0, index + 1).map(segment => segment.text).join('.');
}

/** Data type rules whose keywords are syntax: the dots of names, `change` in `change workflow`. */
const NOT_BUILT_IN_RULES = new Set(['QualifiedName', 'QualifiedNameWithWildcard', 'WorkflowProcess']);

/**
 * Words of a closed set rather than syntax: the values of a data type rule
 * (`production`, `live`, `mon`, `string` …) and flags (`initial`, `24x7`, `required`).
 */
function isBuiltInWord(keyword: GrammarAST.Keyword): boolean {
    if (!/^\w/.test(keyword.value)) return false;
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (rule && GrammarUtils.isDataTypeRule(rule) && !NOT_BUILT_IN_RULES.has(rule.name)) return true;
    const assignment = AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment);
    return assignment?.operator === '?=' && keyword.value !== 'any';
}
