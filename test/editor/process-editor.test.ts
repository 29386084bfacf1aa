/**
 * Editor support for release, incident, problem and request workflows and
 * request items: completion (states of this workflow with their roles, only
 * change workflows after a release's `change`, only request workflows after
 * `fulfilment`, the role keywords), hover (process, authorizing change, the
 * items a request workflow fulfils, a request item's facts) and the outline
 * of examples/acme/processes.itsm and of an offering's request items.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolKind, type CompletionItem, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { acmeWorkspace, completeAt, doc, hoverText } from './navigation-workspace.js';

let acme: TestWorkspace;

beforeAll(async () => {
    acme = await acmeWorkspace();
});

const hover = hoverText;

const complete = (text: string) => completeAt(text);

async function outline(workspace: TestWorkspace, file: string): Promise<DocumentSymbol[]> {
    const document = doc(workspace, file);
    return workspace.services.Itsm.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
}

describe('completion', () => {
    it('offers only change workflows after a release\'s `change`', async () => {
        const labels = (await complete('package acme.it\nrelease workflow R {\n  change |\n}')).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['NormalChange', 'EmergencyChange', 'StandardChange']));
        expect(labels).not.toContain('IncidentHandling');
        expect(labels).not.toContain('MailboxRequest');
    });

    it('offers only request workflows after a request item\'s `fulfilment`', async () => {
        const labels = (await complete('package acme.it\nservice S {\n  offering O {\n    request item I { fulfilment | }\n  }\n}')).map(i => i.label);
        expect(labels).toContain('MailboxRequest');
        expect(labels).not.toContain('NormalChange');
        expect(labels).not.toContain('MajorRelease');
    });

    it('offers the states of this workflow in a transition, with their roles', async () => {
        const items = await complete('package acme.it\nincident workflow I {\n  states {\n    New initial\n    Fixed resolved\n    Closed final\n  }\n  New -> |\n}');
        const states = items.filter(i => ['New', 'Fixed', 'Closed'].includes(i.label));
        expect(states.map(i => `${i.label}: ${i.detail}`)).toEqual(['New: state · initial', 'Fixed: state · resolved', 'Closed: state · final']);
        expect(items.map(i => i.label)).not.toContain('InProgress');
    });

    it('offers the types of the workflow\'s own process after `type`', async () => {
        const types = (items: CompletionItem[]) => items.filter(i => i.detail === 'change or release type').map(i => i.label);
        expect(types(await complete('package acme.it\nrelease workflow R { type | }'))).toEqual(['emergency', 'major', 'minor']);
        expect(types(await complete('package acme.it\nchange workflow C { type | }'))).toEqual(['standard', 'normal', 'emergency']);
        expect(types(await complete('package acme.it\nincident workflow I { type | }'))).toEqual([]);
    });

    it('offers the role keywords after a state name, and the processes where a definition starts', async () => {
        const roles = (await complete('package acme.it\nrelease workflow R {\n  states {\n    Test |\n  }\n}')).map(i => i.label);
        expect(roles).toEqual(expect.arrayContaining(['validation', 'deployment', 'resolved', 'known-error', 'initial', 'final']));
        const top = (await complete('package acme.it\n|')).map(i => i.label);
        expect(top).toEqual(expect.arrayContaining(['release', 'incident', 'problem', 'request', 'release workflow', 'incident workflow']));
    });
});

describe('hover', () => {
    it('shows a release\'s process, type and authorizing change', async () => {
        const value = await hover(acme, 'processes.itsm', 'release workflow Hotfix|Release');
        expect(value).toContain('(release workflow)');
        expect(value).toContain('- **Process:** release');
        expect(value).toContain('- **Type:** emergency');
        expect(value).toContain('- **Authorized by:** EmergencyChange');
        expect(value).toContain('Test (validation)');
    });

    it('shows the request items a request workflow fulfils, and a state\'s role', async () => {
        expect(await hover(acme, 'processes.itsm', 'request workflow Mailbox|Request')).toContain('- **Fulfils:** EmailStandard.SharedMailbox');
        expect(await hover(acme, 'processes.itsm', 'Known|Error')).toContain('- **Flags:** known-error');
    });

    it('shows a request item\'s fulfilment, approval and target', async () => {
        const value = await hover(acme, 'services.itsm', 'request item Shared|Mailbox');
        expect(value).toContain('of offering EmailStandard');
        expect(value).toContain('- **Fulfilment:** MailboxRequest (request workflow)');
        expect(value).toContain('- **Approval by:** Messaging');
        expect(value).toContain('- **Fulfil within:** 2d');
    });
});

describe('outline', () => {
    it('lists each workflow with its process and each state with its roles', async () => {
        const symbols = await outline(acme, 'processes.itsm');
        expect(symbols.map(s => `${s.name} · ${s.detail}`)).toEqual([
            'MajorRelease · major release workflow · under NormalChange',
            'HotfixRelease · emergency release workflow · under EmergencyChange',
            'IncidentHandling · incident workflow',
            'ProblemManagement · problem workflow',
            'MailboxRequest · request workflow',
        ]);
        const hotfix = symbols[1].children!.map(s => `${s.name} · ${s.detail}`);
        expect(hotfix).toEqual(['Planned · initial', 'Test · validation', 'Deploy · deployment', 'Closed · final']);
    });

    it('nests request items under their offering', async () => {
        const ws = await buildWorkspace({ 'main.itsm': 'service S {\n  offering O {\n    request item Laptop "New laptop" { fulfil within 3d }\n  }\n}\n' });
        const [service] = await outline(ws, 'main.itsm');
        const item = service.children![0].children![0];
        expect({ name: item.name, detail: item.detail, kind: item.kind }).toEqual({ name: 'Laptop', detail: 'request item · New laptop · within 3d', kind: SymbolKind.Method });
    });
});
