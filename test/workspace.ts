/** Builds an in-memory workspace of `.itsm` files with the same services the CLI and server use. */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ItsmIndexManager } from '../language/workspace/index-manager.js';
import { createItsmServices } from '../language/itsm-module.js';
import type { Model } from '../language/generated/ast.js';

export interface TestWorkspace {
    services: ReturnType<typeof createItsmServices>;
    documents: Map<string, LangiumDocument<Model>>;
    /** Diagnostics of one file, or of all files keyed by name. */
    diagnostics(file: string): Diagnostic[];
    all(): Array<Diagnostic & { file: string }>;
}

/** `indexReferences: false` builds as the CLI does (no index of references; rules read the links). */
export async function buildWorkspace(files: Record<string, string>, { indexReferences = true } = {}): Promise<TestWorkspace> {
    const services = createItsmServices(EmptyFileSystem);
    (services.shared.workspace.IndexManager as ItsmIndexManager).indexReferences = indexReferences;
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`file:///ws/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services,
        documents,
        diagnostics: file => documents.get(file)?.diagnostics ?? [],
        all: () => [...documents].flatMap(([file, doc]) => (doc.diagnostics ?? []).map(d => ({ ...d, file }))),
    };
}
