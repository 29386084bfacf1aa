/**
 * The outline (document symbols): every definition under its name as
 * written, with a kind that fits and a one-line detail; offerings, priorities,
 * states and class attributes nested under their definition.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TestWorkspace } from '../workspace.js';
import { buildWorkspace } from '../workspace.js';
import { acmeWorkspace, doc } from './navigation-workspace.js';

let acme: TestWorkspace;

beforeAll(async () => {
    acme = await acmeWorkspace();
});

async function outline(workspace: TestWorkspace, file: string): Promise<DocumentSymbol[]> {
    const document = doc(workspace, file);
    return workspace.services.Itsm.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
}

const kindNames = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

/** `name kind detail`, children indented below. */
function summary(symbols: DocumentSymbol[], indent = ''): string[] {
    return symbols.flatMap(symbol => [
        `${indent}${symbol.name} ${kindNames.get(symbol.kind)} ${symbol.detail ?? ''}`.trimEnd(),
        ...summary(symbol.children ?? [], `${indent}  `),
    ]);
}

describe('document symbols', () => {
    it('lists services with kind and status, and nests their offerings', async () => {
        expect(summary(await outline(acme, 'services.itsm'))).toEqual([
            'Directory Module technical service · live · tier 1 · RTO 2h',
            'Dns Module technical service · live · tier 1 · RTO 1h',
            'DnsSecondary Module technical service · live · tier 1 · RTO 4h',
            'Email Module business service · live · tier 1 · RTO 4h',
            '  EmailStandard Field offering · All staff',
            '    SharedMailbox Method request item · Shared mailbox · within 2d',
            '  EmailExecutive Field offering · Board members',
            'Fax Module business service · retired',
        ]);
    });

    it('describes agreements by what they are for', async () => {
        expect(summary(await outline(acme, 'agreements.itsm'))).toEqual([
            'Gold Interface SLA for Email',
            'Platinum Interface SLA for Email',
            'MessagingOLA Interface OLA by Messaging',
            'CarrierUC Interface UC with Telco Ltd',
        ]);
    });

    it('shows CI classes with their attributes and CIs with class, environment and status', async () => {
        expect(summary(await outline(acme, 'cmdb.itsm'))).toEqual([
            'Server Class ci class',
            '  os Property string · required',
            '  ip Property ipv4',
            '  cores Property integer',
            'Application Class ci class',
            'vmhost03 Variable ci: Server · production',
            'vmhost04 Variable ci: Server · production',
            'mx01 Variable ci: Server · production',
            'mx02 Variable ci: Server · production',
            'exchange Variable ci: Application · production',
            'faxgw Variable ci: Server · production · decommissioned',
        ]);
    });

    it('shows calendars as events, teams as objects and a matrix as an enum of its priorities', async () => {
        expect(summary(await outline(acme, 'people.itsm'))).toEqual([
            'BusinessHours Event calendar · Europe/London',
            'Always Event calendar · 24x7',
            'ServiceDesk Object team',
            'Messaging Object team · Jane Doe',
            'Infrastructure Object team',
            'Standard Enum priority matrix · 5 priorities',
            '  P1 EnumMember Critical',
            '  P2 EnumMember High',
            '  P3 EnumMember Moderate',
            '  P4 EnumMember Low',
            '  P5 EnumMember Planning',
        ]);
    });

    it('shows a workflow as a struct of its states', async () => {
        const [normal] = await outline(acme, 'change.itsm');
        expect(summary([normal])).toEqual([
            'NormalChange Struct normal change workflow',
            '  New EnumMember initial',
            '  Assess EnumMember',
            '  Authorize EnumMember approval by CAB',
            '  Scheduled EnumMember',
            '  Implement EnumMember implementation',
            '  Review EnumMember',
            '  Closed EnumMember final',
            '  Canceled EnumMember final',
        ]);
    });

    it('shows holiday lists and change authorities', async () => {
        expect(summary(await outline(acme, 'shared.itsm'))).toEqual([
            'UKBankHolidays Event holidays · 3 days',
            'Directory Class ci class',
            'ad01 Variable ci: Directory · production',
            'CAB Object change authority · Change Advisory Board',
            'ECAB Object change authority · Emergency Change Advisory Board · emergency',
        ]);
    });

    it('keeps names and references as written, not qualified', async () => {
        const workspace = await buildWorkspace({
            'a.itsm': 'package acme.ops\nteam Ops\n',
            'b.itsm': 'package acme.it\nservice Email { owner acme.ops.Ops }\nci class Base\nci class Server extends Base\nci web-01: acme.it.Server\n',
        });
        expect(summary(await outline(workspace, 'b.itsm'))).toEqual([
            'Email Module service',
            'Base Class ci class',
            'Server Class ci class extends Base',
            'web-01 Variable ci: acme.it.Server',
        ]);
    });

    it('selects the name inside the range of the whole definition', async () => {
        const [email] = (await outline(acme, 'services.itsm')).filter(symbol => symbol.name === 'Email');
        const text = doc(acme, 'services.itsm').textDocument;
        expect(text.getText(email.selectionRange)).toBe('Email');
        expect(text.getText(email.range)).toMatch(/^service Email \{[\s\S]*\}$/);
        const [standard] = email.children!;
        expect(text.getText(standard.range)).toMatch(/^offering EmailStandard \{[\s\S]*\}$/);
    });

    it('still outlines a file with a syntax error, leaving out what has no name', async () => {
        const workspace = await buildWorkspace({ 'broken.itsm': 'team Ops\nservice {\n  owner Ops\n}\nsla Gold { service\n' });
        const names = (await outline(workspace, 'broken.itsm')).map(symbol => symbol.name);
        expect(names).toContain('Ops');
        expect(names).not.toContain('');
    });
});
