/**
 * What every generator target must do, as reusable tests: for examples/acme
 * it produces the golden files byte for byte (UPDATE_GOLDEN=1 rewrites them),
 * every JSON file it emits passes the schema the target declares, and two
 * runs give identical bytes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'langium';
import { expect, it } from 'vitest';
import { buildCanonicalModel } from '../../language/generators/build-canonical-model.js';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import { findTarget } from '../../language/generators/registry.js';
import type { GeneratedFile } from '../../language/generators/target.js';
import { createItsmServices } from '../../language/itsm-module.js';

export const repositoryRoot = path.resolve(__dirname, '../..');

/** The canonical model of a folder of .itsm files (examples/acme by default). */
export async function canonicalModelOf(folder = path.join(repositoryRoot, 'examples/acme')): Promise<CanonicalModel> {
    const services = createItsmServices(NodeFileSystem);
    const documents = readdirSync(folder).filter(f => f.endsWith('.itsm')).sort().map(file => {
        const full = path.join(folder, file);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync(full, 'utf8'), URI.file(full));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const errors = documents.flatMap(d => d.diagnostics ?? []).filter(d => d.severity === 1);
    expect(errors, 'the input has errors').toEqual([]);
    return buildCanonicalModel(services.Itsm, { base: folder, generatorVersion: '0.0.0-test' });
}

export function generate(targetName: string, model: CanonicalModel): GeneratedFile[] {
    const target = findTarget(targetName);
    if (!target) throw new Error(`no target ${targetName}`);
    return target.generate(model);
}

/** Validates JSON against a draft-07 or 2020-12 schema, returning readable errors. */
export function schemaErrors(schema: object, value: unknown): string[] {
    const draft2020 = String((schema as { $schema?: string }).$schema ?? '').includes('2020-12');
    const ajv = draft2020 ? new Ajv2020({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

function readTree(folder: string, prefix = ''): Map<string, string> {
    const files = new Map<string, string>();
    if (!existsSync(folder)) return files;
    for (const name of readdirSync(folder).sort()) {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) {
            for (const [key, value] of readTree(full, `${prefix}${name}/`)) files.set(key, value);
        } else {
            files.set(`${prefix}${name}`, readFileSync(full, 'utf8'));
        }
    }
    return files;
}

/** The contract tests every target gets (call inside a `describe`). */
export function targetContract(targetName: string): void {
    const golden = path.join(repositoryRoot, 'test/generators/golden', targetName);

    it('writes exactly the golden files for examples/acme', async () => {
        const files = generate(targetName, await canonicalModelOf());
        if (process.env.UPDATE_GOLDEN) {
            rmSync(golden, { recursive: true, force: true });
            for (const file of files) {
                mkdirSync(path.dirname(path.join(golden, file.path)), { recursive: true });
                writeFileSync(path.join(golden, file.path), file.content);
            }
        }
        const expected = readTree(golden);
        expect(files.map(f => f.path).sort()).toEqual([...expected.keys()].sort());
        for (const file of files) expect(file.content, file.path).toBe(expected.get(file.path));
    });

    it('emits only files that pass the schema the target declares for them', async () => {
        const target = findTarget(targetName)!;
        const files = generate(targetName, await canonicalModelOf());
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
            if (!file.path.endsWith('.json')) continue;
            const schema = target.schemaFor(file.path);
            expect(schema, `no schema for ${file.path}`).toBeDefined();
            expect(schemaErrors(schema!, JSON.parse(file.content)), file.path).toEqual([]);
        }
    });

    it('is deterministic: two runs give the same bytes', async () => {
        const first = generate(targetName, await canonicalModelOf());
        const second = generate(targetName, await canonicalModelOf());
        expect(second).toEqual(first);
    });
}
