/**
 * The canonical layout of `.itsm` files, shared by the editor (format
 * document, format on save) and `itsm format`:
 * - one blank line between top-level definitions, imports grouped after the package;
 * - one property per line inside `{ … }`, indented by the editor's indent
 *   (two spaces in the CLI), closing brace on its own line;
 * - priority targets on one line: `P1 { response 5m resolve 1h }`;
 * - one space between the tokens of a line, none inside `mon..fri`,
 *   `08:00-18:00`, qualified names, before `,` or inside `( )`;
 * - comments stay where they are: a trailing comment stays on its line, a
 *   comment on its own line is re-indented with the code it precedes.
 * Each node decides the spacing of its own tokens except its first one,
 * which its container places (new line, or same line).
 */
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext, type NodeFormatter } from 'langium/lsp';
import { CstUtils, GrammarUtils, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type LangiumDocument } from 'langium';
import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver';
import { GrammarAST } from 'langium';
import { isImpactRow, isPriorityMatrix, isPriorityTarget, isState } from '../generated/ast.js';
import { arrowSpacing, cellSpacing, stateMarkerSpacing, targetBraceSpacing, targetSecondEntrySpacing, urgencySpacing } from './alignment.js';

/** Keywords that start a line inside the block of each definition kind. */
const LINE_KEYWORDS: Record<string, readonly string[]> = {
    Calendar: ['timezone', '24x7', 'except', 'description'],
    Team: ['lead', 'email', 'phone', 'hours', 'description'],
    ChangeAuthority: ['emergency', 'members', 'description'],
    PriorityMatrix: ['priorities', 'urgency'],
    CiClass: ['description'],
    ConfigurationItem: ['environment', 'status', 'owner', 'description'],
    Service: ['kind', 'status', 'tier', 'owner', 'support', 'description', 'availability', 'rto', 'rpo', 'continuity', 'realized'],
    Offering: ['audience', 'sla', 'description'],
    Sla: ['service', 'priorities', 'hours', 'availability', 'description', 'underpinned'],
    Ola: ['provider', 'priorities', 'hours', 'availability', 'description'],
    UnderpinningContract: ['vendor', 'priorities', 'hours', 'availability', 'description'],
    Workflow: ['type', 'description', 'change', 'states'],
    RequestItem: ['fulfilment', 'approval', 'fulfil', 'fulfilled', 'description'],
    ContinuityPlan: ['document', 'owner', 'tested', 'recovery', 'description'],
    Kpi: ['service', 'process', 'measures', 'target', 'owner', 'description'],
};

/** Child nodes that each take a line of their own inside their container's block. */
const LINE_CHILDREN: Record<string, readonly string[]> = {
    Model: ['imports', 'definitions'],
    Calendar: ['ranges'],
    HolidayList: ['days'],
    PriorityMatrix: ['rows'],
    CiClass: ['attributes'],
    ConfigurationItem: ['relationships', 'attributes'],
    Service: ['dependencies', 'offerings'],
    Offering: ['items'],
    Sla: ['targets'],
    Ola: ['targets'],
    UnderpinningContract: ['targets'],
    Workflow: ['states', 'transitions'],
};

/** Offsets up to here (64 MB) make a numeric formatting key (see `nodeModeToKey`). */
const NUMERIC_KEY_LIMIT = 2 ** 26;

/** Tokens written without a space before them. */
const NO_SPACE_BEFORE = new Set([',', ')', '..', '-', ':']);
/** Tokens written without a space after them. */
const NO_SPACE_AFTER = new Set(['(', '..', '-']);

export class ItsmFormatter extends AbstractFormatter {
    /**
     * Text with syntax errors is left alone: guessing the layout of a broken
     * file could move a token across a comment. Otherwise the file ends with
     * exactly one line break.
     */
    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) return [];
        const edits = super.formatDocument(document, params) as TextEdit[];
        const text = document.textDocument.getText();
        // The trailing white space, but not the end of a last `// comment` (its spaces are part of the token).
        let lastEnd = 0;
        const root = document.parseResult.value.$cstNode;
        if (root) for (const node of CstUtils.streamCst(root)) lastEnd = Math.max(lastEnd, node.end);
        const trailingStart = Math.max(/\s*$/.exec(text)!.index, Math.min(lastEnd, text.length));
        if (text.slice(trailingStart) !== '\n' && text.trim().length > 0) {
            const start = document.textDocument.positionAt(trailingStart);
            const end = document.textDocument.positionAt(text.length);
            edits.push({ range: { start, end }, newText: '\n' });
        }
        return edits;
    }

    protected format(node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        const formatter = this.getNodeFormatter(node);
        const units = unitsOf(cst, node);
        this.spaceTokens(formatter, units, (cst.root as { fullText: string }).fullText);
        this.alignColumns(node, formatter, units);
        if (node.$type === 'Model') {
            this.formatModel(node, formatter);
            return;
        }
        if (node.$type === 'PriorityTarget') return; // stays on one line: `P1 { response 5m resolve 1h }`
        this.formatBlock(node, formatter, units);
    }

    /** Tables stay tables: matrix columns, state markers and priority targets line up. */
    private alignColumns(node: AstNode, formatter: NodeFormatter<AstNode>, units: CstNode[]): void {
        const spaces = (unit: CstNode | undefined, count: number) => {
            if (unit) formatter.cst([unit]).prepend(Formatting.spaces(Math.max(1, count)));
        };
        if (isPriorityMatrix(node)) {
            node.urgencies.forEach((urgency, i) => spaces(urgency.$cstNode, urgencySpacing(node, i)));
        } else if (isImpactRow(node)) {
            spaces(units.find(u => tokenText(u) === '->'), arrowSpacing(node));
            node.cells.forEach((cell, i) => { if (i > 0) spaces(cell.$refNode, cellSpacing(node, i)); });
        } else if (isState(node)) {
            spaces(units[1], stateMarkerSpacing(node));
        } else if (isPriorityTarget(node)) {
            spaces(units.find(u => tokenText(u) === '{'), targetBraceSpacing(node));
            const entries = units.filter(u => tokenText(u) === 'response' || tokenText(u) === 'resolve');
            if (entries.length === 2) spaces(entries[1], targetSecondEntrySpacing(node));
        }
    }

    /**
     * Langium re-indents a comment on its own line but keeps the line breaks
     * above it; here a formatting given to such a comment also sets how many
     * line breaks precede it (one blank line above a commented definition).
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        if (!previous || !formatting || previous.range.end.line === hidden.range.start.line || hidden.text.includes('\n')) {
            return super.createHiddenTextEdits(previous, hidden, formatting, context);
        }
        const range = { start: previous.range.end, end: hidden.range.start };
        const move = this.findFittingMove(range, formatting.moves, context);
        if (move?.lines === undefined) return super.createHiddenTextEdits(previous, hidden, formatting, context);
        const unit = context.options.insertSpaces ? ' '.repeat(context.options.tabSize) : '\t';
        return [{ range, newText: '\n'.repeat(move.lines) + unit.repeat(context.indentation + (move.tabs ?? 0)) }];
    }

    /**
     * Langium keys each formatting action by the string `offset:end:mode`,
     * built twice for every CST node of the file; a number does the same job
     * at a fraction of the cost (a 1 MB block of 100k properties: ~40 % of
     * the formatting time). Offsets below 2^26 (64 MB) fit a safe integer.
     */
    protected override nodeModeToKey(node: CstNode, mode: 'prepend' | 'append'): string {
        if (node.end >= NUMERIC_KEY_LIMIT) return super.nodeModeToKey(node, mode);
        return ((node.offset * NUMERIC_KEY_LIMIT + node.end) * 2 + (mode === 'append' ? 1 : 0)) as unknown as string;
    }

    /**
     * One space between the units of a line, except around the tight
     * punctuation. A gap that is already right gets no action: in a large
     * file most are, and each action costs a text edit Langium drops later.
     */
    private spaceTokens(formatter: NodeFormatter<AstNode>, units: CstNode[], text: string): void {
        const tight: CstNode[] = [];
        const spaced: CstNode[] = [];
        let previous = units.length > 0 ? tokenText(units[0]) : '';
        for (let i = 1; i < units.length; i++) {
            const current = tokenText(units[i]);
            const gap = units[i].offset - units[i - 1].end;
            if (NO_SPACE_BEFORE.has(current) || NO_SPACE_AFTER.has(previous)) {
                if (gap !== 0) tight.push(units[i]);
            } else if (gap !== 1 || text.charCodeAt(units[i].offset - 1) !== 32) {
                spaced.push(units[i]);
            }
            previous = current;
        }
        if (tight.length > 0) formatter.cst(tight).prepend(Formatting.noSpace());
        if (spaced.length > 0) formatter.cst(spaced).prepend(Formatting.oneSpace());
    }

    /**
     * One blank line between definitions and after the imports. A comment
     * right above a definition belongs to it: the lines between the two are
     * kept (one or two), and the blank line goes above the comment.
     */
    private formatModel(node: AstNode, formatter: NodeFormatter<AstNode>): void {
        const model = node as AstNode & { package?: AstNode; imports: AstNode[]; definitions: AstNode[] };
        let previous: 'package' | 'import' | 'definition' | undefined = model.package ? 'package' : undefined;
        const separate = (child: AstNode, lines: number) => {
            const comment = commentAbove(child);
            if (comment) {
                // The blank line goes above the comment; the comment keeps its place above the definition.
                formatter.cst([comment]).prepend(Formatting.newLines(lines));
                formatter.node(child).prepend(Formatting.fit(Formatting.newLine(), Formatting.newLines(2)));
            } else {
                formatter.node(child).prepend(Formatting.newLines(lines));
            }
        };
        for (const imp of model.imports) {
            separate(imp, previous === 'import' ? 1 : 2);
            previous = 'import';
        }
        for (const definition of model.definitions) {
            if (previous) separate(definition, 2);
            else if (!commentAbove(definition)) formatter.node(definition).prepend(Formatting.noSpace());
            previous = 'definition';
        }
        if (model.package) formatter.node(model.package).prepend(Formatting.noSpace());
        else if (model.imports[0]) formatter.node(model.imports[0]).prepend(Formatting.noSpace());
    }

    /** `{` on the header line, one entry per line, indented, `}` on its own line; `{}` when empty. */
    private formatBlock(node: AstNode, formatter: NodeFormatter<AstNode>, units: CstNode[]): void {
        const opens = units.filter(u => tokenText(u) === '{');
        if (opens.length === 0) return;
        const lineKeywords = new Set(LINE_KEYWORDS[node.$type] ?? []);
        const lineChildren = new Set(LINE_CHILDREN[node.$type] ?? []);
        // Units that get the same action share one region (a block of 100k entries: two regions, not 100k).
        const placed = new Map<FormattingAction, CstNode[]>();
        const place = (unit: CstNode, action: FormattingAction) => {
            const group = placed.get(action);
            if (group) group.push(unit);
            else placed.set(action, [unit]);
        };
        // The comments come in text order: one pass over the units counts the braces open at each
        // (counting from the start for each comment was quadratic in a block with many comments).
        let depthAt = 0;
        let next = 0;
        for (const comment of ownLineComments(node.$cstNode as CompositeCstNode, node)) {
            for (; next < units.length && units[next].offset < comment.offset; next++) {
                const text = tokenText(units[next]);
                if (text === '{') depthAt++;
                else if (text === '}') depthAt--;
            }
            if (depthAt > 0) place(comment, lineAt(depthAt, 2));
        }
        // `depth` counts the braces of this node that are open (a workflow's `states { … }` is the second).
        let depth = 0;
        let sawEntry = false;
        for (let i = 0; i < units.length; i++) {
            const unit = units[i];
            const text = tokenText(unit);
            if (text === '{') {
                depth++;
                sawEntry = false;
                continue;
            }
            if (text === '}') {
                depth--;
                place(unit, !sawEntry ? NO_SPACE : lineAt(depth, 1));
                sawEntry = true;
                continue;
            }
            if (depth === 0) continue;
            const startsLine = isKeywordUnit(unit) ? lineKeywords.has(text) && startsEntry(units, i)
                : unit.astNode !== node && lineChildren.has(unit.astNode.$containerProperty ?? '');
            if (startsLine) {
                // An entry starts a line; one blank line above it is kept (grouping), more are not.
                place(unit, sawEntry ? lineAt(depth, 2) : lineAt(depth, 1));
                sawEntry = true;
            }
        }
        for (const [action, group] of placed) formatter.cst(group).prepend(action);
    }
}

/**
 * The units a node lays out: its own tokens, data-type values (a qualified
 * name, `business`) as one unit each, and its child nodes as one unit each.
 * Unassigned rule calls (`Definition: … | Service`) wrap a node in a second
 * composite with the same AST node: those are looked through.
 */
function unitsOf(cst: CompositeCstNode, node: AstNode): CstNode[] {
    const units: CstNode[] = [];
    for (const child of cst.content) {
        if (child.hidden) continue;
        if (isCompositeCstNode(child) && child.astNode === node && isWrapperCall(child)) {
            for (const unit of unitsOf(child, node)) units.push(unit); // not push(...): a spread of 100k+ items overflows the stack
        } else {
            units.push(child);
        }
    }
    return units;
}

/** A call of a parser rule that builds no node of its own (not a data-type rule, not a cross-reference). */
function isWrapperCall(cst: CstNode): boolean {
    const source = cst.grammarSource;
    return GrammarAST.isRuleCall(source) && GrammarAST.isParserRule(source.rule.ref) && !GrammarUtils.isDataTypeRule(source.rule.ref);
}

/**
 * A new line indented `depth` levels deeper than the node's own line, keeping
 * up to `maxLines - 1` blank lines that were there.
 */
function lineAt(depth: number, maxLines: number): FormattingAction {
    const key = `${depth}:${maxLines}`;
    let action = LINE_ACTIONS.get(key);
    if (!action) {
        const moves = [];
        for (let lines = 1; lines <= maxLines; lines++) moves.push(depth > 0 ? { tabs: depth, lines } : { lines });
        action = { options: {}, moves };
        LINE_ACTIONS.set(key, action);
    }
    return action;
}

/** One action object per layout, shared: Langium only reads them. */
const LINE_ACTIONS = new Map<string, FormattingAction>();
const NO_SPACE = Formatting.noSpace();

/**
 * The topmost of the comments written on their own lines right above this
 * node (a trailing comment of the line before does not count).
 */
function commentAbove(node: AstNode): CstNode | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    let top: CstNode | undefined;
    let current: CstNode | undefined = previousNode(cst);
    while (current?.hidden && isComment(current)) {
        const before = previousNode(current);
        if (before && before.range.end.line === current.range.start.line) break; // trailing comment of the previous line
        top = current;
        current = before;
    }
    return top;
}

const siblingIndex = new WeakMap<CompositeCstNode, Map<CstNode, number>>();

/**
 * `CstUtils.getPreviousNode(node, true)` with the position among the siblings from a map: Langium's
 * `indexOf` made each call linear in the size of the block, and formatting quadratic.
 */
function previousNode(node: CstNode): CstNode | undefined {
    let current = node;
    while (current.container) {
        const parent = current.container;
        let indices = siblingIndex.get(parent);
        if (!indices) {
            indices = new Map(parent.content.map((child, i) => [child, i]));
            siblingIndex.set(parent, indices);
        }
        const index = indices.get(current) ?? parent.content.indexOf(current);
        if (index > 0) return parent.content[index - 1];
        current = parent;
    }
    return undefined;
}

function isComment(cst: CstNode): boolean {
    return /^(\/\/|\/\*)/.test(cst.text);
}

/** Comments of this node's own block (not of nested nodes) that sit on a line of their own. */
function ownLineComments(cst: CompositeCstNode, node: AstNode): CstNode[] {
    const comments: CstNode[] = [];
    for (const child of cst.content) {
        if (child.hidden) {
            const before = previousNode(child);
            if (isComment(child) && before && before.range.end.line < child.range.start.line) comments.push(child);
        } else if (isCompositeCstNode(child) && child.astNode === node && isWrapperCall(child)) {
            for (const comment of ownLineComments(child, node)) comments.push(comment);
        }
    }
    return comments;
}

function tokenText(unit: CstNode): string {
    return isCompositeCstNode(unit) ? '' : unit.text;
}

function isKeywordUnit(unit: CstNode): boolean {
    return !isCompositeCstNode(unit) && GrammarAST.isKeyword(unit.grammarSource);
}

/** `on` in `depends on` is not a line start; a keyword that follows a line keyword's own phrase neither. */
function startsEntry(units: CstNode[], index: number): boolean {
    const previous = units[index - 1];
    return !previous || tokenText(previous) !== 'approval';
}
