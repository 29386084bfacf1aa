// Builds what the benchmark runs: the project's bundles (node esbuild.mjs),
// copied to a private folder so that a rebuild by someone else during a long
// run cannot change the code under measurement, and the JSON emitter of the
// baseline (bench/baseline/emit-json.ts), bundled with the same options.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
export const resultsDir = path.join(repositoryRoot, 'bench/results');

/** Runs `node esbuild.mjs` (unless `skip`) and snapshots out/cli.cjs and out/server.cjs into `target`. */
export function buildProject({ skip = false, target = path.join(resultsDir, 'build') } = {}) {
    if (!skip) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repositoryRoot, stdio: 'inherit' });
    mkdirSync(target, { recursive: true });
    for (const name of ['cli.cjs', 'server.cjs']) {
        const source = path.join(repositoryRoot, 'out', name);
        if (!existsSync(source)) throw new Error(`${source} is missing; run node esbuild.mjs`);
        copyFileSync(source, path.join(target, name));
        if (existsSync(`${source}.map`)) copyFileSync(`${source}.map`, path.join(target, `${name}.map`));
    }
    return { cli: path.join(target, 'cli.cjs'), server: path.join(target, 'server.cjs') };
}

/** Bundles the baseline's JSON emitter into `target`/emit-json.cjs. */
export async function buildEmitter({ target = path.join(resultsDir, 'build') } = {}) {
    const outfile = path.join(target, 'emit-json.cjs');
    await esbuild.build({
        entryPoints: [path.join(repositoryRoot, 'bench/baseline/emit-json.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        logLevel: 'warning',
        mainFields: ['module', 'main'],
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    return outfile;
}
