/**
 * Completion that knows the domain, on top of Langium's grammar-driven one:
 *
 * - names of the kind the grammar expects, under the shortest name that
 *   reaches them from this file (the scope's), with their kind's icon and a
 *   detail such as "team · acme.it"; fully qualified names once a dot has
 *   been typed (`acme.` offers `acme.it.Messaging`), never the definition
 *   being edited itself;
 * - local names in a useful order: the priorities an agreement's matrix
 *   yields (untargeted first), the attributes of a CI's class not set yet
 *   (required first, with their type), the states of this workflow, change
 *   authorities before teams after `approval by`;
 * - the values of closed sets (`business`, `live`, `production`, `month` …)
 *   as values named by their set, and no keyword where a name is expected
 *   (after a dot, or as an attribute's new name);
 * - packages and definitions after `import`;
 * - a snippet for each definition where a definition may start (snippets.ts).
 */
import { AstUtils, CstUtils, GrammarAST, stream, WorkspaceCache, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature,
} from 'langium/lsp';
import {
    CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams, type MarkupContent, type Range,
} from 'vscode-languageserver';
import { isApprover, isImport, isModel, isPackageDeclaration, isWorkflow, type Model } from '../generated/ast.js';
import type { ItsmServices } from '../itsm-module.js';
import { packageOf } from '../references/qualified-names.js';
import { GlobalScope } from '../references/scope-provider.js';
import {
    agreementOf, approverOrder, attributeCandidates, ciOf, priorityCandidates, stateCandidates, type Candidate, typeFitsProcess, wantedProcess,
} from './completion-candidates.js';
import { definitionDetail, VALUE_SETS } from './completion-labels.js';
import { definitionKind } from './definition-kinds.js';
import { SnippetBuilder, startsDefinition } from './snippets.js';

/** Rules whose keywords are names, not syntax: words after a dot, a new attribute's name. */
const NAME_RULES = new Set(['Keyword', 'AttributeName']);

/**
 * At most this many names in one answer. A reference may have thousands of
 * candidates (every CI after `hosted on `); the list is always incomplete
 * (Langium's), so the editor asks again as the user types and the names that
 * fit the typed text come back then. clangd does the same (100 by default).
 */
export const MAX_NAMES = 1000;

/** A qualified name up to a dot just before the cursor: `acme.` or `acme.it.` */
const QUALIFIED_PREFIX = /(?<![\w.-])[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*\.$/;

export class ItsmCompletionProvider extends DefaultCompletionProvider {
    private readonly itsm: ItsmServices;
    /** Order and detail of the local candidates, by the description made for this request. */
    private readonly facts = new WeakMap<AstNodeDescription, { order: string; detail: string }>();

    /**
     * A definition's detail and documentation are the same in every request, and
     * a reference may list thousands of definitions: computed once per node until
     * any document changes (documentation may link to other files).
     */
    private readonly details: WorkspaceCache<AstNode, string>;
    private readonly documentation: WorkspaceCache<AstNode, MarkupContent | string | undefined>;

    constructor(services: ItsmServices) {
        super(services);
        this.itsm = services;
        this.details = new WorkspaceCache(services.shared);
        this.documentation = new WorkspaceCache(services.shared);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const afterDot = await this.completeAfterDot(document, params);
        const found = afterDot && afterDot.items.length > 0 ? afterDot : await super.getCompletion(document, params, cancelToken);
        const list = found && capNames(found, MAX_NAMES);
        // Whether the client takes a list-wide default edit range (LSP 3.17; VS Code does): Langium keeps its capabilities.
        const defaultEditRange = this.clientCapabilities?.completionList?.itemDefaults?.includes('editRange') ?? false;
        return list && defaultEditRange ? withDefaultEditRange(list) : list;
    }

    /**
     * `owner acme.|`: Langium sees the start of the next name segment, where
     * any word may follow; complete the whole qualified name from its start.
     */
    private async completeAfterDot(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const textDocument = document.textDocument;
        const offset = textDocument.offsetAt(params.position);
        const before = textDocument.getText().slice(0, offset);
        const match = QUALIFIED_PREFIX.exec(before.slice(-500));
        const cst = document.parseResult.value.$cstNode;
        if (!match || !cst) return undefined;
        // Only a dot the lexer reads as one: not in a comment or a string.
        const last = this.lexer.tokenize(before).tokens.at(-1);
        if (last?.image !== '.' || (last.endOffset ?? -2) + 1 !== offset) return undefined;
        const start = offset - match[0].length;
        const context: CompletionContext = {
            document, textDocument, offset, position: params.position,
            node: CstUtils.findLeafNodeBeforeOffset(cst, start)?.astNode,
            tokenOffset: start, tokenEndOffset: offset,
            features: this.findFeaturesAt(textDocument, start),
        };
        const items: CompletionItem[] = [];
        const acceptor: CompletionAcceptor = (ctx, value) => {
            const item = this.fillCompletionItem(ctx, value);
            if (item) items.push(item);
        };
        for (const next of context.features) {
            if (!GrammarAST.isKeyword(next.feature)) await this.completionFor(context, next, acceptor);
        }
        return { isIncomplete: true, items: this.deduplicateItems(items) };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        const feature = next.feature;
        // An import's or a package's name is plain text to the grammar (a chain of IDs), not a reference.
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'ID') {
            if (isImport(context.node)) return this.completeImport(context, acceptor);
            if (isPackageDeclaration(context.node)) return this.completePackage(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /** After `import`: every package as `pkg.*`, and every definition outside this file's package. */
    private completeImport(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const own = (context.document.parseResult.value as Model).package?.name;
        const packages = new Map<string, number>();
        for (const description of this.itsm.references.DefinitionIndex.all()) {
            const node = description.node;
            const pkg = node && packageOf(node);
            if (!node || !pkg || pkg === own) continue;
            packages.set(pkg, (packages.get(pkg) ?? 0) + 1);
            acceptor(context, {
                label: description.name, kind: definitionKind(description.type).completion,
                detail: definitionDetail(node), sortText: `1${description.name}`,
            });
        }
        for (const [pkg, count] of packages) {
            acceptor(context, { label: `${pkg}.*`, kind: CompletionItemKind.Module, detail: `package · ${count} definitions`, sortText: `0${pkg}` });
        }
    }

    /** After `package`: the packages the workspace already has. */
    private completePackage(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const packages = new Set<string>();
        for (const description of this.itsm.references.DefinitionIndex.all()) {
            const pkg = description.node && packageOf(description.node);
            if (pkg && !packages.has(pkg)) {
                packages.add(pkg);
                acceptor(context, { label: pkg, kind: CompletionItemKind.Module, detail: 'package', sortText: `0${pkg}` });
            }
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const local = this.localCandidates(refInfo, context);
        if (local) {
            return stream(local).map(candidate => {
                const description = this.describe(candidate.node, simpleNameOf(candidate.node));
                this.facts.set(description, candidate);
                return description;
            });
        }
        const self = context.node && AstUtils.getContainerOfType(context.node, (n): n is AstNode => isModel(n.$container));
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        const scope = this.scopeProvider.getScope(refInfo);
        let candidates = scope.getAllElements();
        if (typed.includes('.') && scope instanceof GlobalScope) {
            const type = this.astReflection.getReferenceType(refInfo);
            candidates = stream(this.itsm.references.DefinitionIndex.all()).filter(d => this.astReflection.isSubtype(d.type, type));
        }
        const process = wantedProcess(refInfo.container, refInfo.property);
        return candidates.filter(d => (!self || d.node !== self) && (!process || !isWorkflow(d.node) || d.node.process === process));
    }

    private localCandidates(refInfo: ReferenceInfo, context: CompletionContext): Array<Candidate<AstNode>> | undefined {
        switch (refInfo.container.$type) {
            case 'PriorityTarget': return priorityCandidates(agreementOf(refInfo.container) ?? agreementOf(context.node), this.itsm);
            case 'AttributeValue': return attributeCandidates(ciOf(refInfo.container) ?? ciOf(context.node), context.offset);
            case 'Transition': return stateCandidates(refInfo.container.$container ? refInfo.container : context.node);
            default: return undefined;
        }
    }

    private describe(node: AstNode, name: string): AstNodeDescription {
        return this.itsm.workspace.AstNodeDescriptionProvider.createDescription(node, name);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (!node) return item;
        const facts = this.facts.get(description);
        if (facts) return { ...item, detail: facts.detail, sortText: `0${facts.order}` };
        const order = isApprover(node) ? approverOrder(node, context.node) : '';
        const detail = this.details.get(node, () => {
            const extra = node.$type === 'ConfigurationItem' ? (node as { ciClass?: { $refText: string } }).ciClass?.$refText : undefined;
            return definitionDetail(node, extra);
        });
        return { ...item, detail, sortText: `0${order}${description.name}` };
    }

    protected override getReferenceDocumentation(description: AstNodeDescription): MarkupContent | string | undefined {
        const node = description.node;
        return node ? this.documentation.get(node, () => super.getReferenceDocumentation(description)) : undefined;
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) && !NAME_RULES.has(ruleOf(keyword) ?? '');
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) return;
        const rule = ruleOf(keyword) ?? '';
        if (rule === 'WorkflowType' && !typeFitsProcess(context.node, keyword.value)) return;
        const valueSet = VALUE_SETS[rule];
        acceptor(context, {
            label: keyword.value,
            kind: valueSet ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
            detail: valueSet ?? 'keyword',
            sortText: '1',
        });
        if (startsDefinition(rule, keyword.value)) {
            const builder = new SnippetBuilder(this.itsm, context.document.parseResult.value as Model);
            for (const snippet of builder.snippetsFor(keyword.value)) {
                acceptor(context, {
                    label: snippet.label, kind: CompletionItemKind.Snippet, detail: snippet.detail,
                    insertText: snippet.text, insertTextFormat: InsertTextFormat.Snippet, filterText: keyword.value,
                    documentation: { kind: 'markdown', value: '```itsm\n' + previewOf(snippet.text) + '\n```' },
                    sortText: `2${snippet.label}`,
                });
            }
        }
    }
}

/**
 * The first `max` names in the order the editor shows them (sort text), with
 * every keyword and snippet; the list is marked incomplete when names were left out.
 */
export function capNames(list: CompletionList, max: number): CompletionList {
    const names = list.items.filter(isName);
    if (names.length <= max) return list;
    const order = (item: CompletionItem) => item.sortText ?? item.label;
    const kept = new Set(names.sort((a, b) => order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0).slice(0, max));
    return { ...list, isIncomplete: true, items: list.items.filter(item => !isName(item) || kept.has(item)) };
}

/** Any item but a keyword, a value of a closed set (both sorted as '1' by `completionForKeyword`) or a snippet. */
function isName(item: CompletionItem): boolean {
    return item.sortText !== '1' && item.kind !== CompletionItemKind.Snippet;
}

/**
 * The list with the edit range most items share as its default, and those
 * items without their own: a reference may list thousands of definitions, and
 * a range repeated in each was a third of the response (serialising it, over
 * stdio, took as long as computing it). An item keeps its text as
 * `textEditText` when that is not its label.
 */
export function withDefaultEditRange(list: CompletionList): CompletionList {
    const counts = new Map<string, { range: Range; count: number }>();
    for (const item of list.items) {
        const edit = item.textEdit;
        if (!edit || !('range' in edit)) continue;
        const key = rangeKey(edit.range);
        const entry = counts.get(key);
        if (entry) entry.count++;
        else counts.set(key, { range: edit.range, count: 1 });
    }
    let best: { range: Range; count: number } | undefined;
    for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
    if (!best || best.count < 2) return list;
    const key = rangeKey(best.range);
    const items = list.items.map(item => {
        const edit = item.textEdit;
        if (!edit || !('range' in edit) || rangeKey(edit.range) !== key) return item;
        const { textEdit: _, ...rest } = item;
        return edit.newText === item.label ? rest : { ...rest, textEditText: edit.newText };
    });
    return { ...list, itemDefaults: { ...list.itemDefaults, editRange: best.range }, items };
}

function rangeKey(range: Range): string {
    return `${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}`;
}

function ruleOf(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
}

function simpleNameOf(node: AstNode): string {
    return (node as { name?: string }).name ?? '';
}

/** The snippet as it reads with every placeholder at its default. */
export function previewOf(snippet: string): string {
    return snippet
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, value: string) => value.replace(/\\(.)/g, '$1'))
        .replace(/\$\d+/g, '')
        .replace(/\t/g, '  ');
}
