/**
 * Edits of a file that others reference, as the language server applies them
 * (`DocumentBuilder.update`): the findings of every file must be those of a
 * fresh build of the same texts, whether the dependants are only re-pointed
 * at the edited file's new nodes (same exported names) or relinked whole.
 */
import { URI, type LangiumDocument, type Reference } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createItsmServices } from '../../language/itsm-module.js';
import { buildWorkspace } from '../workspace.js';
import { MemoryFileSystem } from '../memory-file-system.js';


const SHARED = `package acme.shared

calendar Always {
  timezone "UTC"
  24x7
}

calendar Office {
  timezone "Europe/London"
  mon-fri 09:00-17:00
}

team Messaging {
  email "messaging@acme.example"
  phone "+44 20 7946 0000"
  hours Always
}

priority matrix Simple {
  priorities P1 "Critical", P2 "Normal"
  urgency          high  low
  impact high   -> P1    P2
  impact low    -> P2    P2
}
`;

const EMAIL = `package acme.it
import acme.shared.*

service Email {
  kind business
  status live
  owner Messaging
  support Messaging
  availability 99.9%

  offering Mailbox {
    audience "All staff"
    sla Platinum
  }
}

sla Platinum {
  service Email
  priorities Simple
  hours Always
  availability 99.9% per month
  P1 { response 5m   resolve 1h }
  P2 { response 30m  resolve 8h }
  underpinned by MessagingOLA
}

ola MessagingOLA {
  provider Messaging
  priorities Simple
  P1 { response 10m  resolve 2h }
  P2 { response 30m  resolve 8h }
}
`;

const CHAT = `package acme.chat
import acme.shared.Messaging

team ChatOps {
  email "chat@acme.example"
  hours acme.shared.Office
}

service Chat {
  kind technical
  status live
  owner Messaging
  support ChatOps
}
`;

const files = { 'shared.itsm': SHARED, 'email.itsm': EMAIL, 'chat.itsm': CHAT };
const uriOf = (name: string) => URI.parse(`file:///ws/${name}`);

async function editableWorkspace() {
    const texts = new Map(Object.entries(files).map(([name, text]) => [uriOf(name).toString(), text]));
    const services = createItsmServices({ fileSystemProvider: () => new MemoryFileSystem(texts) });
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(name));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const current = { ...files } as Record<string, string>;
    return {
        services,
        /** Replaces `from` by `to` in one file and updates the workspace as the language server does. */
        async edit(name: string, from: string | RegExp, to: string) {
            const text = current[name].replace(from, to);
            expect(text).not.toBe(current[name]);
            current[name] = text;
            texts.set(uriOf(name).toString(), text);
            await services.shared.workspace.DocumentBuilder.update([uriOf(name)], []);
        },
        findings: () => summary([...documents].map(([name, document]) => [name, document.diagnostics ?? []])),
        /** The findings of a fresh build as the CLI makes it (usage read from the links, not counted by the index). */
        fresh: async () => {
            const ws = await buildWorkspace(current, { indexReferences: false });
            return summary([...ws.documents.keys()].map(name => [name, ws.diagnostics(name)]));
        },
    };
}

function summary(entries: Array<[string, Diagnostic[]]>): string[] {
    return entries.flatMap(([name, diagnostics]) => diagnostics.map(d =>
        `${name}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${JSON.stringify(d.message)}`)).sort();
}

describe('editing a file that others reference', () => {
    it('re-points the dependants without relinking them when the exported names stay the same', async () => {
        const ws = await editableWorkspace();
        const link = vi.spyOn(ws.services.Itsm.references.Linker, 'link');
        await ws.edit('shared.itsm', /phone "[^"]*"/, 'phone "+44 20 7946 0001"');
        expect(link.mock.calls.map(([document]) => document.uri.path)).toEqual(['/ws/shared.itsm']);
        // The references now lead into the new parse of shared.itsm.
        const shared = ws.services.shared.workspace.LangiumDocuments.getDocument(uriOf('shared.itsm'))!;
        const email = ws.services.shared.workspace.LangiumDocuments.getDocument(uriOf('email.itsm'))!;
        for (const reference of email.references as Reference[]) {
            const target = reference.$nodeDescription?.documentUri.toString() === uriOf('shared.itsm').toString() && 'ref' in reference ? reference.ref : undefined;
            if (target) expect(AstRoot(target)).toBe(shared.parseResult.value);
        }
        expect((email.references as Reference[]).some(reference => reference.$nodeDescription?.documentUri.path === '/ws/shared.itsm')).toBe(true);
        expect(ws.findings()).toEqual(await ws.fresh());
        expect(ws.findings().some(f => f.includes('ola-weaker-than-sla'))).toBe(true);
    });

    it('gives the findings of a fresh build after edits that change what the dependants see', async () => {
        const ws = await editableWorkspace();
        const steps: Array<[string, string | RegExp, string]> = [
            // A property a dependant's rule reads (the team's hours), same names.
            ['shared.itsm', 'hours Always\n}', 'hours Office\n}'],
            // A local name the dependants' priority targets use: they no longer resolve.
            ['shared.itsm', 'P2 "Normal"', 'P3 "Normal"'],
            ['shared.itsm', 'P3 "Normal"', 'P2 "Normal"'],
            // An exported name changes: references to it break, then resolve again.
            ['shared.itsm', 'team Messaging', 'team Mail'],
            ['shared.itsm', 'team Mail', 'team Messaging'],
            // A definition added before the others: every path in the file moves.
            ['shared.itsm', 'calendar Always', 'calendar Never {\n  timezone "UTC"\n  mon 09:00-10:00\n}\n\ncalendar Always'],
            ['email.itsm', 'response 10m', 'response 5m'],
            ['shared.itsm', /phone "[^"]*"/, 'phone "+44 20 7946 0002"'],
        ];
        for (const [file, from, to] of steps) {
            await ws.edit(file, from, to);
            expect(ws.findings(), `after ${file}: ${String(from)} -> ${to}`).toEqual(await ws.fresh());
        }
    });
});

describe('which definitions are used, after edits', () => {
    it('follows each edit as a fresh build reads the links, in the file edited and in the others', async () => {
        const ws = await editableWorkspace();
        const unused = () => ws.findings().filter(f => f.includes('unused-definition'));
        const steps: Array<[string, string | RegExp, string]> = [
            ['chat.itsm', 'support ChatOps', 'support Messaging'], // ChatOps: used in no file
            ['chat.itsm', 'support Messaging', 'support ChatOps'],
            ['chat.itsm', 'hours acme.shared.Office', 'hours acme.shared.Always'], // Office, in shared.itsm: unused
            ['shared.itsm', 'calendar Always', 'calendar Never {\n  timezone "UTC"\n  mon 09:00-10:00\n}\n\ncalendar Always'], // paths move
            ['chat.itsm', 'hours acme.shared.Always', 'hours acme.shared.Never'], // Always still used by shared.itsm itself
            ['email.itsm', '  underpinned by MessagingOLA\n', ''], // the OLA, in its own file: unused
            ['email.itsm', '  availability 99.9% per month\n', '  availability 99.9% per month\n  underpinned by MessagingOLA\n'],
        ];
        const seen = new Set<string>();
        for (const [file, from, to] of steps) {
            await ws.edit(file, from, to);
            expect(ws.findings(), `after ${file}: ${String(from)} -> ${to}`).toEqual(await ws.fresh());
            for (const finding of unused()) seen.add(finding.replace(/^\S+ /, ''));
        }
        // The steps did make definitions unused and used again (the comparison above is not vacuous).
        expect([...seen].map(f => /'?(\w+)'? is not used|(\w+) is not used/.exec(f)?.slice(1).find(Boolean))).toEqual(expect.arrayContaining(['ChatOps', 'Office', 'MessagingOLA']));
        expect(unused().some(f => f.includes('MessagingOLA'))).toBe(false);
    });
});

function AstRoot(node: { $container?: unknown }): unknown {
    let current = node;
    while (current.$container) current = current.$container as typeof current;
    return current;
}
