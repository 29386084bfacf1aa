/**
 * Semantic tokens: what the TextMate grammar cannot know. A name is coloured
 * by the kind of thing it names (definition-kinds.ts), as a declaration where
 * it is defined and alike wherever it is referenced, so `Messaging` in
 * `owner Messaging` looks like a team. Qualified references are coloured
 * segment by segment (`acme.shared` as a namespace, `ad01` as a CI;
 * `Email.EmailStandard` as a service then an offering), as are imports and
 * the package declaration. CI attribute names are properties, built-in words
 * (`production`, `live`, `mon`, `initial`, `24x7` …) keywords, attribute
 * types (`string`, `ipv4`) default-library types, and typed literals
 * (durations, times, dates, IP addresses, percentages) numbers.
 * Strings, comments and structural keywords are left to the TextMate grammar,
 * which gets them right.
 */
import { AstUtils, GrammarUtils, isReference, type AstNode, type CstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { AttributeDeclaration, Import, PackageDeclaration } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import type { DefinitionIndex } from '../references/definition-index.js';
import { definitionKind, isNamedKind } from './definition-kinds.js';
import { importSegments, namedChain, nameSegments } from './name-at-position.js';

/** The legend: every token type this provider emits, in index order. */
export const ITSM_TOKEN_TYPES = [
    'namespace', 'type', 'class', 'enum', 'interface', 'struct', 'event', 'function',
    'variable', 'property', 'enumMember', 'keyword', 'number',
] as const;

export const ITSM_TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

/** Properties whose value is a built-in word, by AST type. */
const BUILT_IN_PROPERTIES: Record<string, string[]> = {
    Service: ['kind', 'status'],
    ConfigurationItem: ['environment', 'status'],
    Workflow: ['type'],
    Sla: ['period'],
    Ola: ['period'],
    UnderpinningContract: ['period'],
    DaySet: ['from', 'to'],
};

/** Flag keywords that are built-in words, by AST type. */
const BUILT_IN_FLAGS: Record<string, string[]> = {
    State: ['initial', 'final', 'implementation'],
    Calendar: ['24x7'],
    AttributeDeclaration: ['required'],
    ChangeAuthority: ['emergency'],
    BooleanLiteral: ['true', 'false'],
};

/** Properties holding a number or percentage directly, by AST type. */
const NUMBER_PROPERTIES: Record<string, string[]> = {
    Service: ['availability', 'tier'],
    Sla: ['availability'],
    Ola: ['availability'],
    UnderpinningContract: ['availability'],
};

/** AST nodes that are typed literals, coloured whole as numbers. */
const NUMBER_NODES = new Set(['Duration', 'TimeOfDay', 'DateLiteral', 'IpAddress', 'NumberLiteral', 'PercentLiteral']);

const TOKEN_TYPE_INDEXES: Record<string, number> = Object.fromEntries(ITSM_TOKEN_TYPES.map((name, index) => [name, index]));
const TOKEN_MODIFIER_BITS: Record<string, number> = Object.fromEntries(ITSM_TOKEN_MODIFIERS.map((name, index) => [name, 1 << index]));

export class ItsmSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly definitions: DefinitionIndex;

    constructor(services: ItsmServices) {
        super(services);
        this.definitions = services.references.DefinitionIndex;
    }

    override get tokenTypes(): Record<string, number> {
        return TOKEN_TYPE_INDEXES;
    }

    override get tokenModifiers(): Record<string, number> {
        return TOKEN_MODIFIER_BITS;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (node.$type === PackageDeclaration.$type) {
            for (const segment of nameSegments(node.$cstNode)) acceptor({ cst: segment, type: 'namespace', modifier: 'declaration' });
            return;
        }
        if (node.$type === Import.$type) {
            this.highlightImport(node as Import, acceptor);
            return;
        }
        if (NUMBER_NODES.has(node.$type) && node.$cstNode) {
            acceptor({ cst: node.$cstNode, type: 'number' });
            return;
        }
        if (isNamedKind(node.$type)) {
            const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            if (nameNode) acceptor({ cst: nameNode, type: definitionKind(node.$type).token, modifier: 'declaration' });
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (isReference(reference)) this.highlightReference(reference, acceptor);
        }
        this.highlightAll(properties(node, BUILT_IN_PROPERTIES), 'keyword', acceptor);
        this.highlightAll((BUILT_IN_FLAGS[node.$type] ?? []).flatMap(word => GrammarUtils.findNodesForKeyword(node.$cstNode, word)), 'keyword', acceptor);
        this.highlightAll(properties(node, NUMBER_PROPERTIES), 'number', acceptor);
        if (node.$type === AttributeDeclaration.$type) {
            // `string`, `ipv4` …: the built-in attribute types.
            for (const cst of GrammarUtils.findNodesForProperty(node.$cstNode, 'type')) acceptor({ cst, type: 'type', modifier: 'defaultLibrary' });
        }
    }

    /** Each segment as what it names: the target, the service of an offering, else a namespace. */
    private highlightReference(reference: Reference, acceptor: SemanticTokenAcceptor): void {
        const segments = nameSegments(reference.$refNode);
        const target = reference.ref;
        const chain = target ? namedChain(target) : [];
        segments.forEach((segment, index) => {
            const depth = segments.length - 1 - index;
            if (depth < chain.length) acceptor({ cst: segment, type: definitionKind(chain[depth].$type).token });
            else if (depth > 0) acceptor({ cst: segment, type: 'namespace' });
        });
    }

    /** `import acme.shared.ad01`: `acme.shared` as a namespace, `ad01` as a CI (if it exists). */
    private highlightImport(imp: Import, acceptor: SemanticTokenAcceptor): void {
        let prefix = '';
        for (const segment of importSegments(imp)) {
            prefix = prefix ? `${prefix}.${segment.text}` : segment.text;
            const definition = this.definitions.lookup(prefix)[0];
            acceptor({ cst: segment, type: definition ? definitionKind(definition.type).token : 'namespace' });
        }
    }

    private highlightAll(nodes: CstNode[], type: string, acceptor: SemanticTokenAcceptor): void {
        for (const cst of nodes) acceptor({ cst, type });
    }
}

function properties(node: AstNode, table: Record<string, string[]>): CstNode[] {
    return (table[node.$type] ?? []).flatMap(property => GrammarUtils.findNodesForProperty(node.$cstNode, property));
}
