/**
 * The editor-facing services of the language (outline, symbols, folding,
 * highlighting, rename, completion, hover, code actions …), injected into
 * the language's services by itsm-module.ts. Each provider lives in its own
 * file in this folder and is registered here once.
 *
 * `ItsmSharedLspModule` holds the providers Langium keeps in the shared
 * services (workspace symbols, symbol and completion kinds); it is injected
 * into the shared services next to the language's shared module.
 */
import type { DeepPartial, Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import type { ItsmServices } from '../itsm-module.js';
import { ItsmCodeActionProvider } from './code-action-provider.js';
import { ItsmCodeLensProvider } from './code-lens-provider.js';
import { ItsmCompletionProvider } from './completion-provider.js';
import { ItsmDefinitionProvider } from './definition-provider.js';
import { ItsmDocumentHighlightProvider } from './document-highlight-provider.js';
import { ItsmDocumentSymbolProvider } from './document-symbol-provider.js';
import { ItsmFoldingRangeProvider } from './folding-range-provider.js';
import { ItsmHoverProvider } from './hover-provider.js';
import { ItsmInlayHintProvider } from './inlay-hint-provider.js';
import { ItsmNodeKindProvider } from './node-kind-provider.js';
import { ItsmReferencesProvider } from './references-provider.js';
import { ItsmRenameProvider } from './rename-provider.js';
import { ItsmSemanticTokenProvider } from './semantic-token-provider.js';
import { ItsmWorkspaceSymbolProvider } from './workspace-symbol-provider.js';

export const ItsmLspModule: Module<ItsmServices, PartialLangiumServices> = {
    lsp: {
        DocumentSymbolProvider: services => new ItsmDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new ItsmFoldingRangeProvider(services),
        SemanticTokenProvider: services => new ItsmSemanticTokenProvider(services),
        DocumentHighlightProvider: services => new ItsmDocumentHighlightProvider(services),
        RenameProvider: services => new ItsmRenameProvider(services),
        DefinitionProvider: services => new ItsmDefinitionProvider(services),
        ReferencesProvider: services => new ItsmReferencesProvider(services),
        CodeActionProvider: services => new ItsmCodeActionProvider(services),
        InlayHintProvider: services => new ItsmInlayHintProvider(services),
        CodeLensProvider: services => new ItsmCodeLensProvider(services),
        CompletionProvider: services => new ItsmCompletionProvider(services),
        HoverProvider: services => new ItsmHoverProvider(services),
    },
};

export const ItsmSharedLspModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    lsp: {
        WorkspaceSymbolProvider: services => new ItsmWorkspaceSymbolProvider(services),
        NodeKindProvider: () => new ItsmNodeKindProvider(),
    },
};
