/**
 * Workspace symbols ("Go to Symbol in Workspace"): every definition and
 * offering under its qualified name (`acme.it.Email`), found by its simple
 * name (`Email`, `email`, `EmSt` for `EmailStandard`) or by any part of the
 * qualified name (`it.Email`).
 *
 * One pass over the index of exported definitions, which Langium keeps up to
 * date per document: no document is parsed or walked per request. Matches are
 * ranked in buckets (exact name, name prefix, name contains, fuzzy), which
 * keeps the ranking linear too.
 */
import { interruptAndCheck, type AstNodeDescription, type IndexManager } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { simpleName } from '../references/qualified-names.js';
import { definitionKind } from './definition-kinds.js';

/** Checks for cancellation every this many definitions, not at every one. */
const CANCEL_CHECK_INTERVAL = 1000;

export class ItsmWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly indexManager: IndexManager;
    private readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.indexManager = services.workspace.IndexManager;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.trim().toLowerCase();
        const buckets: WorkspaceSymbol[][] = [[], [], [], []];
        let count = 0;
        for (const description of this.indexManager.allElements()) {
            if (++count % CANCEL_CHECK_INTERVAL === 0) await interruptAndCheck(cancelToken);
            const rank = this.rank(query, description.name);
            if (rank === undefined) continue;
            const symbol = this.toSymbol(description);
            if (symbol) buckets[rank].push(symbol);
        }
        return buckets.flat();
    }

    /** 0 exact simple name, 1 prefix, 2 contained (in the simple or qualified name), 3 fuzzy; undefined: no match. */
    private rank(query: string, qualifiedName: string): number | undefined {
        if (query.length === 0) return 0;
        const name = simpleName(qualifiedName).toLowerCase();
        if (name === query) return 0;
        if (name.startsWith(query)) return 1;
        if (name.includes(query) || qualifiedName.toLowerCase().includes(query)) return 2;
        if (this.fuzzyMatcher.match(query, simpleName(qualifiedName))) return 3;
        return undefined;
    }

    private toSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        if (!description.nameSegment) return undefined;
        const name = description.name;
        const dot = name.lastIndexOf('.');
        return {
            name,
            kind: definitionKind(description.type).symbol,
            ...(dot > 0 ? { containerName: name.slice(0, dot) } : {}),
            location: { uri: description.documentUri.toString(), range: description.nameSegment.range },
        };
    }
}
