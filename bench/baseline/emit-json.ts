/**
 * The "schema-only" peer of the benchmark, step 1 (not timed): parses every
 * `.itsm` file of a workspace and writes the same catalogue as JSON, one
 * document per file, in a straightforward mapping of the AST:
 *
 * - a definition is an object with `$type` and its properties; nested parts
 *   (offerings, targets, states, ranges …) are objects without `$type`;
 * - a reference is its text as written (`corp.shared.ServiceDesk`), since a
 *   JSON document has no links;
 * - typed literals are their text (`15m`, `08:00`, `2026-12-25`,
 *   `10.0.3.3`), percentages and numbers are numbers;
 * - properties that are absent, empty lists and `false` flags are left out.
 *
 * Bundled by bench/run-bench.mjs with esbuild (it imports the language's
 * TypeScript sources) and run as `node emit-json.cjs <workspace> <json-dir>`.
 */
import '../../language/polyfills.js';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI, isAstNode, isReference, type AstNode } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createItsmServices } from '../../language/itsm-module.js';
import type { Model } from '../../language/generated/ast.js';

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/** Literal nodes that stand for one value. */
function literal(node: AstNode): Json | undefined {
    const n = node as unknown as Record<string, unknown>;
    switch (node.$type) {
        case 'Duration':
        case 'TimeOfDay':
        case 'DateLiteral':
        case 'IpAddress':
            return n.text as string;
        case 'StringLiteral':
        case 'NumberLiteral':
        case 'PercentLiteral':
        case 'BooleanLiteral':
            return n.value as Json;
        case 'DateValue':
            return (n.date as { text: string }).text;
        case 'DurationValue':
            return (n.duration as { text: string }).text;
        default:
            return undefined;
    }
}

function convert(value: unknown, withType: boolean): Json | undefined {
    if (value === undefined || value === null || value === false) return undefined;
    if (isReference(value)) return value.$refText;
    if (Array.isArray(value)) {
        const items = value.map(item => convert(item, false)).filter((item): item is Json => item !== undefined);
        return items.length > 0 ? items : undefined;
    }
    if (isAstNode(value)) {
        const single = literal(value);
        if (single !== undefined) return single;
        const out: Record<string, Json> = withType ? { $type: value.$type } : {};
        for (const [key, property] of Object.entries(value)) {
            if (key.startsWith('$')) continue;
            const converted = convert(property, false);
            if (converted !== undefined) out[key] = converted;
        }
        return out;
    }
    return value as Json;
}

export function modelToJson(model: Model, file: string): Json {
    const document: Record<string, Json> = { file };
    if (model.package) document.package = model.package.name;
    if (model.imports.length > 0) document.imports = model.imports.map(imp => imp.target);
    document.definitions = model.definitions.map(definition => convert(definition, true)).filter((d): d is Json => d !== undefined);
    return document;
}

function itsmFiles(folder: string): string[] {
    const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
    return entries.filter(entry => entry.endsWith('.itsm')).map(entry => path.join(folder, entry)).sort();
}

function main(): void {
    const [input, output] = process.argv.slice(2);
    if (!input || !output) throw new Error('usage: node emit-json.cjs <workspace> <json-dir>');
    const factory = createItsmServices(NodeFileSystem).shared.workspace.LangiumDocumentFactory;
    let count = 0;
    for (const file of itsmFiles(input)) {
        const document = factory.fromString<Model>(readFileSync(file, 'utf8'), URI.file(file));
        const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors];
        if (errors.length > 0) throw new Error(`${file}: ${errors[0].message}`);
        const relative = path.relative(input, file);
        const target = path.join(output, relative.replace(/\.itsm$/, '.json'));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, JSON.stringify(modelToJson(document.parseResult.value, relative.split(path.sep).join('/')), null, 2) + '\n');
        count++;
    }
    process.stdout.write(`${count}\n`);
}

main();
