/**
 * The VS Code extension package (.vsix) ships only what runs: the bundled
 * extension and language server, the manifest and every file it points at,
 * README and LICENSE. Checked twice: the file list `vsce ls` reports (what
 * .vscodeignore lets through), and the entries of a .vsix actually built by
 * `vsce package` into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function vsce(...args: string[]): string {
    return execFileSync(process.execPath, [VSCE, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

/** Repository paths package.json makes VS Code load: main, language configurations, grammars, JSON schemas, icon. */
function manifestFiles(): string[] {
    const local = (file: string | undefined) => (file && !/^[a-z]+:/i.test(file) ? [path.posix.normalize(file)] : []);
    const contributes = manifest.contributes ?? {};
    return [
        ...local(manifest.main),
        ...local(manifest.icon),
        ...(contributes.languages ?? []).flatMap((language: { configuration?: string }) => local(language.configuration)),
        ...(contributes.grammars ?? []).flatMap((grammar: { path: string }) => local(grammar.path)),
        ...(contributes.jsonValidation ?? []).flatMap((validation: { url: string }) => local(validation.url)),
    ];
}

/** The files that must ship, as repository paths; LICENSE and CHANGELOG.md when the repository has them. */
function expectedFiles(): string[] {
    const optional = ['LICENSE', 'CHANGELOG.md'].filter(file => existsSync(path.join(ROOT, file)));
    const required = ['package.json', 'README.md', 'language-configuration.json', 'syntaxes/itsm.tmLanguage.json', 'out/extension.cjs', 'out/server.cjs', 'out/graph-layout-worker.cjs'];
    return [...new Set([...required, ...optional, ...manifestFiles()])].sort();
}

/** Entry names of a zip file, read from its central directory. */
function zipEntries(file: string): string[] {
    const zip = readFileSync(file);
    let end = zip.length - 22;
    while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
    if (end < 0) throw new Error(`${file} is not a zip file`);
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry in ${file}`);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return names.sort();
}

/** Where vsce puts a repository file inside the .vsix. */
function vsixPath(file: string): string {
    const renamed: Record<string, string> = { 'README.md': 'readme.md', LICENSE: 'LICENSE.txt', 'CHANGELOG.md': 'changelog.md' };
    return `extension/${renamed[file] ?? file}`;
}

function forbidden(files: string[]): string[] {
    return files.filter(file =>
        /\.(ts|map|mjs|langium|itsm)$/.test(file)
        || /(^|\/)(test|examples|docs|bench|node_modules|language|scripts|client|server|cli|\.ci|bin)\//.test(file)
        || /(^|\/)(tsconfig\.json|vitest\.config\.ts|esbuild\.mjs|langium-config\.json|package-lock\.json|\.gitignore|\.vscodeignore)$/.test(file)
        || file.endsWith('out/cli.cjs'));
}

beforeAll(() => {
    // `npm ci` builds out/ (the `prepare` script); build it here when it has not run.
    if (!existsSync(path.join(ROOT, 'out/extension.cjs')) || !existsSync(path.join(ROOT, 'out/server.cjs'))) {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit', timeout: 120_000 });
    }
}, 130_000);

describe('vsce ls', () => {
    let listed: string[];

    beforeAll(() => {
        listed = vsce('ls', '--no-dependencies').split('\n').map(line => line.trim()).filter(Boolean).sort();
    }, 130_000);

    it('lists exactly the files that run, and the manifest\'s files', () => {
        expect(listed).toEqual(expectedFiles());
    });

    it('ships every file package.json points VS Code at', () => {
        expect(manifestFiles().length).toBeGreaterThanOrEqual(3);
        expect(manifestFiles().filter(file => !listed.includes(file))).toEqual([]);
    });

    it('ships no source, source map, test, example, doc or build file', () => {
        expect(listed.length).toBeGreaterThan(0);
        expect(forbidden(listed)).toEqual([]);
    });

    it('checks a list that really contains such files when nothing is ignored', () => {
        // The forbidden-file filter must recognise what an unfiltered package would hold.
        const unfiltered = ['client/extension.ts', 'out/server.cjs.map', 'test/editor/x.test.ts', 'examples/acme/cmdb.itsm', 'docs/language.md',
            'esbuild.mjs', 'tsconfig.json', 'vitest.config.ts', 'langium-config.json', 'language/grammar/itsm.langium', 'out/cli.cjs', '.ci/run'];
        expect(forbidden(unfiltered)).toEqual(unfiltered);
    });
});

describe('vsce package', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'itsm-vsix-'));
    const vsix = path.join(dir, 'itsm-language.vsix');
    let entries: string[];

    beforeAll(() => {
        vsce('package', '--no-dependencies', '--out', vsix);
        entries = zipEntries(vsix);
    }, 130_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('builds a .vsix holding exactly the expected files', () => {
        const expected = ['[Content_Types].xml', 'extension.vsixmanifest', ...expectedFiles().map(vsixPath)].sort();
        expect(entries).toEqual(expected);
    });

    it('holds the bundles VS Code starts, not their sources or maps', () => {
        expect(entries).toContain(`extension/${path.posix.normalize(manifest.main)}`);
        expect(entries).toContain('extension/out/server.cjs');
        expect(forbidden(entries.map(entry => entry.replace(/^extension\//, '')))).toEqual([]);
    });
});
