// Turns an installed copy of the extension into a deliberately broken build, so that each end-to-end
// check can be seen to fail when its feature is broken. Never touches the repository's own files.
// Usage: node e2e/lib/break-extension.mjs <installed extension folder> <feature,feature,...>
//   diagnostics|completion|hover|definition|formatting|codeaction|outline|references|symbols|folding|rename|review|generate|graph|compare
//            out/server.cjs becomes e2e/lib/knockout-server.cjs in front of the real server (server.real.cjs)
//   grammar  the TextMate grammar has no rules (no colouring but the default)
//   language the language's display name is changed (the status bar no longer says ITSM)
//   config-schema  the itsm.config.json schema is no longer contributed (jsonValidation)
//   restart  the extension never restarts a stopped server (its restart policy always says no)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const [extDir, list = ''] = process.argv.slice(2);
const features = list.split(',').map(s => s.trim()).filter(Boolean);
const serverFeatures = ['diagnostics', 'completion', 'hover', 'definition', 'formatting', 'codeaction', 'outline', 'references',
    'symbols', 'folding', 'rename', 'review', 'generate', 'graph', 'compare'];
const known = [...serverFeatures, 'grammar', 'language', 'config-schema', 'restart'];
const unknown = features.filter(f => !known.includes(f));
if (!extDir || unknown.length > 0) {
    console.error(`break-extension: unknown feature(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);
    process.exit(2);
}

const knockedOut = features.filter(f => serverFeatures.includes(f));
if (knockedOut.length > 0) {
    const out = path.join(extDir, 'out');
    fs.renameSync(path.join(out, 'server.cjs'), path.join(out, 'server.real.cjs'));
    fs.copyFileSync(fileURLToPath(new URL('./knockout-server.cjs', import.meta.url)), path.join(out, 'server.cjs'));
    fs.writeFileSync(path.join(out, 'knockout.json'), JSON.stringify({ real: 'server.real.cjs', break: knockedOut }));
    console.log(`break-extension: language server answers nothing for: ${knockedOut.join(', ')}`);
}
if (features.includes('grammar')) {
    const grammar = path.join(extDir, 'syntaxes', 'itsm.tmLanguage.json');
    fs.writeFileSync(grammar, JSON.stringify({ name: 'ITSM', scopeName: 'source.itsm', patterns: [], repository: {} }));
    console.log('break-extension: the TextMate grammar has no rules');
}
if (features.includes('language')) {
    const manifestFile = path.join(extDir, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const language of manifest.contributes.languages) language.aliases = ['Service Definitions (broken)'];
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    console.log("break-extension: the language's name is no longer ITSM");
}
if (features.includes('config-schema')) {
    const manifestFile = path.join(extDir, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    delete manifest.contributes.jsonValidation;
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    console.log('break-extension: no JSON schema for itsm.config.json');
}
if (features.includes('restart')) {
    const bundle = path.join(extDir, 'out', 'extension.cjs');
    const source = fs.readFileSync(bundle, 'utf8');
    const patched = source.replace(/shouldRestart\(now = Date\.now\(\)\) \{/, '$& return false;');
    if (patched === source) throw new Error('break-extension: no shouldRestart in out/extension.cjs to break');
    fs.writeFileSync(bundle, patched);
    console.log('break-extension: a stopped language server is never restarted');
}
