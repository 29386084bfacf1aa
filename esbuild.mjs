// Bundles the CLI, the language server and the VS Code extension into
// CommonJS files under out/ (VS Code loads extensions as CommonJS; Langium is
// ESM, so everything is bundled). Any warning fails the build.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
    // jsonc-parser's UMD "main" requires its files dynamically; its ESM "module" build bundles cleanly.
    mainFields: ['module', 'main'],
    // import.meta.url is not defined in CommonJS; Langium only uses it in code paths we do not take.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
    { ...common, entryPoints: { cli: 'cli/main.ts' }, outdir: 'out' },
    { ...common, entryPoints: { server: 'server/main.ts' }, outdir: 'out' },
    // The dependency graph's layout (ELK) runs in a worker thread of the server.
    { ...common, entryPoints: { 'graph-layout-worker': 'language/lsp/requests/graph-layout-worker.ts' }, outdir: 'out' },
    { ...common, entryPoints: { extension: 'client/extension.ts' }, outdir: 'out', external: ['vscode'] },
];

async function run() {
    if (watch) {
        for (const options of builds) await (await esbuild.context(options)).watch();
        return;
    }
    const results = await Promise.all(builds.map(options => esbuild.build(options)));
    const warnings = results.flatMap(result => result.warnings);
    if (warnings.length > 0) {
        console.error(`esbuild: ${warnings.length} warning(s); the build fails on warnings.`);
        process.exit(1);
    }
}

run().catch(() => process.exit(1));
