/**
 * The one factory for the language's services, shared by the language server,
 * the CLI and the tests, so that all three link and validate identically.
 */
import './polyfills.js';
import { inject, type DeepPartial, type LangiumSharedCoreServices, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type PartialLangiumServices,
} from 'langium/lsp';
import { BackgroundRevalidation } from './lsp/background-revalidation.js';
import { ItsmLspModule, ItsmSharedLspModule } from './lsp/lsp-module.js';
import { ItsmFormatter } from './formatting/itsm-formatter.js';
import { ItsmGeneratedModule, ItsmGeneratedSharedModule } from './generated/module.js';
import { ItsmLexerErrorMessageProvider, ItsmParserErrorMessageProvider } from './parser/error-messages.js';
import { ItsmLexer, ItsmTokenBuilder } from './parser/itsm-lexer.js';
import { createItsmParser } from './parser/itsm-parser.js';
import { ItsmValueConverter } from './parser/value-converter.js';
import { AnalysisCache } from './analysis/analysis-cache.js';
import { WorkspaceRelations } from './analysis/workspace-relations.js';
import { DefinitionIndex } from './references/definition-index.js';
import { ItsmLinker } from './references/linker.js';
import { ItsmScopeComputation } from './references/scope-computation.js';
import { ItsmScopeProvider } from './references/scope-provider.js';
import { PolicyDocumentValidator } from './validation/diagnostic-policy.js';
import { registerRules } from './validation/index.js';
import { RuleSettings } from './validation/rule-settings.js';
import { ItsmDocumentUpdateHandler, ItsmWorkspaceManager, WorkspaceConfig, type ItsmSharedServices } from './lsp/workspace-config.js';
import { ItsmDocumentBuilder } from './workspace/document-builder.js';
import { ItsmDocumentFactory } from './workspace/document-factory.js';
import { ItsmIndexManager } from './workspace/index-manager.js';

export type ItsmAddedServices = {
    references: {
        DefinitionIndex: DefinitionIndex;
        WorkspaceRelations: WorkspaceRelations;
    };
    validation: {
        RuleSettings: RuleSettings;
        AnalysisCache: AnalysisCache;
    };
};

export type ItsmServices = LangiumServices & ItsmAddedServices;

export const ItsmModule: Module<ItsmServices, PartialLangiumServices & ItsmAddedServices> = {
    parser: {
        ValueConverter: () => new ItsmValueConverter(),
        ParserErrorMessageProvider: () => new ItsmParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new ItsmLexerErrorMessageProvider(),
        TokenBuilder: () => new ItsmTokenBuilder(),
        Lexer: services => new ItsmLexer(services),
        LangiumParser: services => createItsmParser(services),
    },
    lsp: {
        Formatter: () => new ItsmFormatter(),
    },
    references: {
        DefinitionIndex: services => new DefinitionIndex(services.shared),
        WorkspaceRelations: services => new WorkspaceRelations(services.shared, services.references.DefinitionIndex, services.workspace.AstNodeLocator),
        ScopeComputation: services => new ItsmScopeComputation(services),
        ScopeProvider: services => new ItsmScopeProvider(services),
        Linker: services => new ItsmLinker(services),
    },
    validation: {
        RuleSettings: () => new RuleSettings(),
        AnalysisCache: services => new AnalysisCache(services.shared),
        DocumentValidator: services => new PolicyDocumentValidator(services),
    },
};

const ItsmSharedModule: Module<ItsmSharedServices, DeepPartial<ItsmSharedServices>> = {
    workspace: {
        WorkspaceConfig: services => new WorkspaceConfig(services),
        WorkspaceManager: services => new ItsmWorkspaceManager(services),
        LangiumDocumentFactory: services => new ItsmDocumentFactory(services as LangiumSharedCoreServices),
        DocumentBuilder: services => new ItsmDocumentBuilder(services as LangiumSharedCoreServices),
        IndexManager: services => new ItsmIndexManager(services as LangiumSharedCoreServices),
    },
    lsp: {
        DocumentUpdateHandler: services => new ItsmDocumentUpdateHandler(services),
    },
};

export function createItsmServices(context: DefaultSharedModuleContext): { shared: ItsmSharedServices; Itsm: ItsmServices } {
    const shared = inject(createDefaultSharedModule(context), ItsmGeneratedSharedModule, ItsmSharedModule, ItsmSharedLspModule);
    const Itsm = inject(createDefaultModule({ shared }), ItsmGeneratedModule, ItsmModule, ItsmLspModule);
    shared.ServiceRegistry.register(Itsm);
    registerRules(Itsm);
    // Validate every file of the workspace on start-up, not only open editors:
    // a designer sees the whole catalogue's problems, as `itsm validate` does.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    if (context.connection) {
        new BackgroundRevalidation(shared);
    } else {
        // Without a language server, nothing else would mark the workspace as ready.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Itsm };
}
