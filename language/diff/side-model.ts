/**
 * One side of a diff as a resolved catalogue: the files are linked and
 * validated in a workspace of their own, exactly as `itsm validate` does, then
 * turned into the canonical model that the generators use. Shared by
 * `itsm diff` and the language server's `itsm/diff` request; it reads no
 * files itself (the texts are given), so any file system module will do.
 */
import { EmptyFileSystem, URI } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import packageJson from '../../package.json' with { type: 'json' };
import type { ItsmConfig } from '../config/config-file.js';
import { buildCanonicalModel } from '../generators/build-canonical-model.js';
import type { CanonicalModel } from '../generators/canonical-model.js';
import { createItsmServices } from '../itsm-module.js';

export interface SideFile {
    /** Absolute path: where the file is (or would be, for a git revision). */
    path: string;
    text: string;
}

export interface SideModel {
    model: CanonicalModel;
    errors: number;
    warnings: number;
}

/**
 * Validates `files` as one workspace and builds their canonical model. Source
 * positions in the model are relative to `base`, so that both sides of a diff
 * name the same file the same way.
 */
export async function modelOf(files: SideFile[], base: string, config?: ItsmConfig): Promise<SideModel> {
    const services = createItsmServices(EmptyFileSystem);
    services.Itsm.validation.RuleSettings.useConfig(config);
    const documents = files.map(file => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(file.path));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const diagnostics = documents.flatMap(document => document.diagnostics ?? []);
    const count = (severity: DiagnosticSeverity) => diagnostics.filter(d => (d.severity ?? DiagnosticSeverity.Error) === severity).length;
    const model = buildCanonicalModel(services.Itsm, { base, generatorVersion: packageJson.version });
    return { model, errors: count(DiagnosticSeverity.Error), warnings: count(DiagnosticSeverity.Warning) };
}
