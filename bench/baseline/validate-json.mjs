#!/usr/bin/env node
// The "schema-only validation" peer: what checking the same catalogue as JSON
// against a JSON Schema costs. Reads every .json file under a folder,
// JSON.parse, and validates each with ajv (JSON Schema 2020-12, all errors).
//
//   node bench/baseline/validate-json.mjs <json-dir>
//
// Prints one line of JSON: files, errors and the milliseconds of each phase
// (read, parse, compile, validate). Exit code 1 when a document is invalid.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

const started = performance.now();
const folder = process.argv[2];
if (!folder) {
    process.stderr.write('usage: node bench/baseline/validate-json.mjs <json-dir>\n');
    process.exit(2);
}
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.json')).sort();
const texts = files.map(file => readFileSync(path.join(folder, file), 'utf8'));
const read = performance.now();
const documents = texts.map(text => JSON.parse(text));
const parsed = performance.now();
const schema = JSON.parse(readFileSync(new URL('./catalogue.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, discriminator: true }).compile(schema);
const compiled = performance.now();
let errors = 0;
let firstError;
documents.forEach((document, i) => {
    if (!validate(document)) {
        errors += validate.errors.length;
        firstError ??= `${files[i]}: ${validate.errors[0].instancePath} ${validate.errors[0].message}`;
    }
});
const validated = performance.now();
const round = ms => Math.round(ms * 10) / 10;
process.stdout.write(JSON.stringify({
    files: files.length, errors, firstError,
    timings: { read: round(read - started), parse: round(parsed - read), compile: round(compiled - parsed), validate: round(validated - compiled) },
}) + '\n');
process.exitCode = errors > 0 ? 1 : 0;
