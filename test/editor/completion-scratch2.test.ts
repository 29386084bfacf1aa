import { it } from 'vitest';
import { buildWorkspace } from '../workspace.js';
import { acmeFiles } from './navigation-workspace.js';

async function contexts(file: string, textWithBar: string) {
    const offset = textWithBar.indexOf('|');
    const text = textWithBar.replace('|', '');
    const ws = await buildWorkspace({ ...acmeFiles(), [file]: text });
    const doc = ws.documents.get(file)!;
    const p = ws.services.Itsm.lsp.CompletionProvider as any;
    const out: string[] = [];
    for (const c of p.buildContexts(doc, doc.textDocument.positionAt(offset))) {
        out.push(`[${c.tokenOffset}-${c.tokenEndOffset} node=${c.node?.$type} ${c.features.map((f: any) => `${f.feature.$type}:${f.feature.value ?? f.feature.rule?.$refText ?? f.feature.type?.$refText ?? ''}${f.type ? '/' + f.type : ''}${f.property ? '.' + f.property : ''}`).slice(0, 12).join(',')}]`);
    }
    return out.join('\n');
}
const cases: Array<[string, string]> = [
    ['import', 'package acme.it\nimport |'],
    ['import2', 'package acme.it\nimport a|'],
    ['import3', 'package acme.it\nimport |\nteam X'],
];
for (const [name, text] of cases) {
    it(name, async () => { console.log(name, '=>\n' + await contexts('x.itsm', text)); });
}
