import { it } from 'vitest';
import { buildWorkspace } from '../workspace.js';
import { acmeFiles } from './navigation-workspace.js';

async function complete(file: string, textWithBar: string, extra: Record<string, string> = {}) {
    const offset = textWithBar.indexOf('|');
    const text = textWithBar.replace('|', '');
    const ws = await buildWorkspace({ ...acmeFiles(), ...extra, [file]: text });
    const doc = ws.documents.get(file)!;
    const list = await ws.services.Itsm.lsp.CompletionProvider!.getCompletion(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) });
    return list?.items.map(i => `${i.label}:${i.kind}:${i.detail}:${i.sortText}`).join(' ');
}

const cases: Array<[string, string]> = [
    ['top', 'package acme.it\n|'],
    ['owner', 'package acme.it\nservice X { owner | }'],
    ['owner-partial', 'package acme.it\nservice X { owner Me| }'],
    ['in-service', 'package acme.it\nservice X { | }'],
    ['kind', 'package acme.it\nservice X { kind | }'],
    ['dot', 'package acme.it\nservice X { owner acme.| }'],
    ['ci-block', 'package acme.it\nci y: Server { | }'],
    ['ci-class', 'package acme.it\nci y: | '],
    ['transition', 'package acme.it\nchange workflow W { states { A initial B final } A -> | }'],
    ['target', 'package acme.it\nsla S { priorities Standard P1 { response 1h } | }'],
    ['approval', 'package acme.it\nchange workflow W { states { A approval by | } }'],
    ['after-import', 'package acme.it\nimport |'],
    ['attr-type', 'package acme.it\nci class K { attribute a: | }'],
    ['per', 'package acme.it\nsla S { availability 99% per | }'],
];
for (const [name, text] of cases) {
    it(name, async () => { console.log(name, '=>', await complete('x.itsm', text)); });
}
const more: Array<[string, string]> = [
    ['dot-full', 'package acme.it\nservice X { owner acme.| }'],
    ['dot-ci', 'package acme.it\nci y: Server { runs on acme.| }'],
    ['import-dot', 'package acme.it\nimport acme.|'],
    ['import', 'package acme.it\nimport |'],
    ['attr-decl', 'package acme.it\nci class K { attribute | }'],
    ['ci-after-attr', 'package acme.it\nci y: Server { os "x" | }'],
    ['ci-partial', 'package acme.it\nci y: Server { os "x" o| }'],
    ['target-after', 'package acme.it\nsla S { priorities Standard P1 { response 1h }\n  | }'],
    ['dependson', 'package acme.it\nservice X { depends on | }'],
    ['dependson-self', 'package acme.it\nservice X { depends on Directory, | }'],
    ['emergency-approval', 'package acme.it\nimport acme.shared.*\nchange workflow W { type emergency states { A approval by | } }'],
    ['status-ci', 'package acme.it\nci y: Server { status | }'],
    ['status-svc', 'package acme.it\nservice X { status | }'],
    ['env', 'package acme.it\nci y: Server { environment | }'],
    ['wf-type', 'package acme.it\nchange workflow W { type | }'],
    ['hours', 'package acme.it\nsla S { hours | }'],
    ['offering-sla', 'package acme.it\nservice X { offering O { sla | } }'],
    ['extends', 'package acme.it\nci class K extends | '],
];
for (const [name, text] of more) {
    it(name, async () => { console.log(name, '=>', await complete('x.itsm', text)); });
}
