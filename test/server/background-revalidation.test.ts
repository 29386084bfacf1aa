/**
 * The language server's idle pass (language/lsp/background-revalidation.ts)
 * must never leave a file unvalidated. Its write on the workspace lock cancels
 * the write under way: when its timer fell inside the start-up build (a 10k
 * workspace takes longer than the 1.5 s delay), the start-up build stopped and
 * only the pass's few files were validated; the rest were never published
 * until the next edit. The pass is triggered here at that moment on purpose
 * (fake setTimeout, advanced when the first file of a build is validated).
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createItsmServices } from '../../language/itsm-module.js';
import { BackgroundRevalidation } from '../../language/lsp/background-revalidation.js';
import { buildWorkspace } from '../workspace.js';
import { MemoryFileSystem } from '../memory-file-system.js';

const DELAY_MS = 1000;

// The pass ends with a full collection (language/lsp/idle-gc.ts): counted here, not run.
const collectGarbage = vi.hoisted(() => vi.fn(() => true));
vi.mock('../../language/lsp/idle-gc.js', () => ({ collectGarbageIfGrown: collectGarbage }));

const SHARED = `package acme.shared

calendar Always {
  timezone "UTC"
  24x7
}

team Messaging {
  email "messaging@acme.example"
  phone "+44 20 7946 0000"
  hours Always
}
`;

const CHAT = `package acme.chat
import acme.shared.*

team ChatOps {
  email "chat@acme.example"
  hours Always
}

service Chat {
  kind technical
  status live
  owner Messaging
  support ChatOps
}
`;

const MAIL = `package acme.mail
import acme.shared.Messaging

service Mail {
  kind technical
  status live
  owner Messaging
  support Messaging
}
`;

const OTHER = `package acme.other

calendar Office {
  timezone "Europe/London"
  mon-fri 09:00-17:00
}

team Desk {
  email "desk@acme.example"
  hours Office
}
`;

const files: Record<string, string> = { 'shared.itsm': SHARED, 'chat.itsm': CHAT, 'mail.itsm': MAIL, 'other.itsm': OTHER };
const uriOf = (name: string) => URI.parse(`file:///ws/${name}`);


/** A workspace with the idle pass, whose timer is run when the first file of the next build is validated (if armed). */
function workspace() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const texts = new Map(Object.entries(files).map(([name, text]) => [uriOf(name).toString(), text]));
    const services = createItsmServices({ fileSystemProvider: () => new MemoryFileSystem(texts) });
    const { shared } = services;
    const trigger = { armed: false };
    // Registered before the pass's own listener: the file is validated but the pass has not seen it yet.
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => {
        if (!trigger.armed) return;
        trigger.armed = false;
        vi.advanceTimersByTime(DELAY_MS);
    });
    new BackgroundRevalidation(shared, DELAY_MS);
    const validated: string[] = [];
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => { validated.push(document.uri.path.slice(4)); });
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    /** Lets the idle pass run (more than once if it waited for a build) and waits for every write to finish. */
    const settle = async () => {
        for (let i = 0; i < 5; i++) {
            vi.advanceTimersByTime(DELAY_MS);
            await shared.workspace.WorkspaceLock.read(() => undefined);
        }
    };
    return { services, texts, trigger, validated, documents, settle };
}

function unvalidated(documents: Map<string, LangiumDocument>): string[] {
    return [...documents].filter(([, document]) => document.state !== DocumentState.Validated || !document.diagnostics).map(([name]) => name);
}

describe('background revalidation and the builds under way', () => {
    afterEach(() => {
        vi.useRealTimers();
    });

    it('a pass due during the start-up build does not leave the rest of the workspace unvalidated', async () => {
        const { services, trigger, validated, documents, settle } = workspace();
        trigger.armed = true;
        await services.shared.workspace.WorkspaceLock.write(token =>
            services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true }, token));
        await settle();
        expect(trigger.armed).toBe(false);
        expect(unvalidated(documents)).toEqual([]);
        expect(new Set(validated)).toEqual(new Set(Object.keys(files)));
    });

    it('a pass due during an edit does not leave the edited file\'s dependants unvalidated', async () => {
        const { services, texts, trigger, validated, documents, settle } = workspace();
        const { DocumentBuilder, WorkspaceLock } = services.shared.workspace;
        await WorkspaceLock.write(token => DocumentBuilder.build([...documents.values()], { validation: true }, token));
        await settle();
        validated.length = 0;
        // The edit removes the team that chat.itsm and mail.itsm name: both must report it.
        const edited = SHARED.replace(/team Messaging \{[^}]*\}\n/, '');
        texts.set(uriOf('shared.itsm').toString(), edited);
        trigger.armed = true;
        await WorkspaceLock.write(token => DocumentBuilder.update([uriOf('shared.itsm')], [], token));
        await settle();
        expect(trigger.armed).toBe(false);
        expect(unvalidated(documents)).toEqual([]);
        expect(validated).toEqual(expect.arrayContaining(['shared.itsm', 'chat.itsm', 'mail.itsm']));
        // The findings equal a fresh build of the same texts.
        const fresh = await buildWorkspace({ ...files, 'shared.itsm': edited });
        const summary = (all: Array<[string, LangiumDocument]>) => all.flatMap(([name, document]) =>
            (document.diagnostics ?? []).map(d => `${name}:${d.range.start.line + 1} ${String(d.code)} ${d.message}`)).sort();
        const found = summary([...documents]);
        expect(found.some(line => line.startsWith('chat.itsm'))).toBe(true);
        expect(found.some(line => line.startsWith('mail.itsm'))).toBe(true);
        expect(found).toEqual(summary([...fresh.documents]));
    });

    it('collects garbage once after the pass that follows an edit, not during the edit', async () => {
        const { services, texts, documents, settle } = workspace();
        const { DocumentBuilder, WorkspaceLock } = services.shared.workspace;
        await WorkspaceLock.write(token => DocumentBuilder.build([...documents.values()], { validation: true }, token));
        await settle();
        collectGarbage.mockClear();
        texts.set(uriOf('shared.itsm').toString(), SHARED.replace('0000', '0001'));
        await WorkspaceLock.write(token => DocumentBuilder.update([uriOf('shared.itsm')], [], token));
        expect(collectGarbage).not.toHaveBeenCalled();
        await settle();
        expect(collectGarbage).toHaveBeenCalledTimes(1);
    });
});
