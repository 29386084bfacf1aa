/**
 * One side of a diff as a resolved catalogue: the files are linked and
 * validated exactly as `itsm validate` does (validateFiles), then turned into
 * the canonical model that the generators use (buildCanonicalModel).
 */
import packageJson from '../../package.json' with { type: 'json' };
import type { ItsmConfig } from '../../language/config/config-file.js';
import { buildCanonicalModel } from '../../language/generators/build-canonical-model.js';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import type { InputFile } from '../input-files.js';
import { summarise, validateFiles, type Finding } from '../validation-run.js';

export interface SideModel {
    model: CanonicalModel;
    findings: Finding[];
    summary: ReturnType<typeof summarise>;
}

/**
 * Validates `files` as one workspace and builds their canonical model. Source
 * positions in the model are relative to `base`, so that both sides of a diff
 * name the same file the same way.
 */
export async function modelOf(files: InputFile[], base: string, config?: ItsmConfig): Promise<SideModel> {
    const result = await validateFiles(files, config);
    const model = buildCanonicalModel(result.services.Itsm, { base, generatorVersion: packageJson.version });
    return { model, findings: result.findings, summary: summarise(files.length, result.findings) };
}
