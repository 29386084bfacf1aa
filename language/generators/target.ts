/**
 * What a generator target is: a name, a one-line description, a mapping of
 * the canonical model to files, and the JSON Schema each emitted file must
 * pass. Targets are listed once in `registry.ts`.
 */
import type { CanonicalModel } from './canonical-model.js';

export interface GeneratedFile {
    /** Relative to the output folder, `/`-separated; checked by the writer (no `..`, no absolute paths). */
    path: string;
    content: string;
}

export interface GeneratorTarget {
    name: string;
    description: string;
    /** `mapping` is the target's own mapping file (`itsm generate --mapping`), already checked against `mappingSchema`. */
    generate(model: CanonicalModel, mapping?: unknown): GeneratedFile[];
    /** The JSON Schema of the mapping file the target accepts, if it accepts one. */
    mappingSchema?: object;
    /** The JSON Schema a generated file must pass (by its path), if it is JSON. */
    schemaFor(path: string): object | undefined;
}

/** JSON as every target writes it: two-space indentation, a final line break. */
export function jsonFile(path: string, value: unknown): GeneratedFile {
    return { path, content: JSON.stringify(value, null, 2) + '\n' };
}
