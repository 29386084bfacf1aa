/**
 * Editor support for continuity plans and KPIs: hover (a service's recovery
 * objectives and the floor its dependencies set, a plan's facts and services,
 * a KPI's measure, target and what its agreement promises), the outline of
 * examples/acme/continuity.itsm, and completion of plans, agreements and the
 * agreement's priorities.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { acmeWorkspace, completeAt, doc, hoverText } from './navigation-workspace.js';

let acme: TestWorkspace;

beforeAll(async () => {
    acme = await acmeWorkspace();
});

const hover = hoverText;

const complete = (text: string) => completeAt(text);

describe('hover', () => {
    it('shows a service\'s RTO, RPO, plan and the recovery floor of its dependencies', async () => {
        const value = await hover(acme, 'services.itsm', 'service E|mail');
        expect(value).toContain('**Continuity**');
        expect(value).toContain('- **RTO:** 4h');
        expect(value).toContain('- **RPO:** 1h');
        expect(value).toContain('- **Continuity plan:** MailRecovery (tested 2026-09-18)');
        expect(value).toContain('- **Dependencies allow it back after:** 2h (the RTO of Directory)');
        expect(value).not.toContain('⚠ longer than its own RTO');
    });

    it('warns when the floor is longer than the service\'s own RTO', async () => {
        const ws = await buildWorkspace({ 'main.itsm': 'service Slow { rto 1d }\nservice Fast { rto 1h depends on Slow }\n' });
        expect(await hover(ws, 'main.itsm', 'service F|ast')).toContain('- **Dependencies allow it back after:** 1d (the RTO of Slow) ⚠ longer than its own RTO');
    });

    it('shows a continuity plan\'s facts and the services that name it, on the plan and on a reference', async () => {
        const value = await hover(acme, 'continuity.itsm', 'plan Core|InfraRecovery');
        expect(value).toContain('**continuity plan** `acme.it.CoreInfraRecovery`');
        expect(value).toContain('_Directory and DNS rebuilt at the secondary data centre_');
        expect(value).toContain('- **Last tested:** 2026-02-12');
        expect(value).toContain('- **Recovery site:** Frankfurt DC2');
        expect(value).toContain('- **Services:** Directory, Dns, DnsSecondary');
        expect(await hover(acme, 'services.itsm', 'continuity plan Mail|Recovery')).toContain('- **Services:** Email');
    });

    it('shows a KPI\'s service, measure, target and what the agreement promises', async () => {
        const value = await hover(acme, 'continuity.itsm', 'kpi P1Resolved|InTime');
        expect(value).toContain('**KPI** `acme.it.P1ResolvedInTime`');
        expect(value).toContain('- **Service:** Email');
        expect(value).toContain('- **Measures:** resolution within Platinum P1');
        expect(value).toContain('- **Target:** >= 95% per month');
        expect(value).toContain('- **Agreement promises:** Platinum: P1 resolve 1h');
        expect(await hover(acme, 'continuity.itsm', 'kpi Email|Uptime')).toContain('- **Agreement promises:** Platinum: availability 99.9% per month');
    });
});

describe('outline', () => {
    it('lists plans with their last test and KPIs with measure and target', async () => {
        const document = doc(acme, 'continuity.itsm');
        const symbols: DocumentSymbol[] = await acme.services.Itsm.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(s => `${s.name} · ${s.detail}`)).toEqual([
            'CoreInfraRecovery · continuity plan · tested 2026-02-12',
            'MailRecovery · continuity plan · tested 2026-09-18',
            'P1ResolvedInTime · KPI · resolution within Platinum P1 · >= 95% per month',
            'EmailUptime · KPI · availability of Platinum · >= 99.95% per month',
            'EmailRestoreTime · KPI · restore time · <= 2h per quarter',
            'NormalChangeSuccess · KPI · success rate · >= 95% per quarter',
        ]);
        expect(symbols[0].kind).toBe(SymbolKind.File);
        expect(symbols[2].kind).toBe(SymbolKind.Constant);
    });
});

describe('completion', () => {
    it('offers continuity plans after `continuity plan` in a service', async () => {
        const items = await complete('package acme.it\nservice X { continuity plan | }');
        expect(items.map(i => i.label)).toEqual(['CoreInfraRecovery', 'MailRecovery']);
        expect(items[0].detail).toBe('continuity plan · acme.it');
    });

    it('offers agreements after `within`, then the priorities of that agreement\'s matrix', async () => {
        const agreements = await complete('package acme.it\nkpi K { measures resolution within | }');
        expect(agreements.map(i => i.label)).toEqual(expect.arrayContaining(['Gold', 'Platinum', 'MessagingOLA']));
        const priorities = await complete('package acme.it\nkpi K { measures resolution within Gold | }');
        expect(priorities.map(i => i.label)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    });

    it('offers the measures of a KPI, those against an agreement as values', async () => {
        const measures = await complete('package acme.it\nkpi K { measures | }');
        expect(measures.filter(i => i.detail === 'KPI measure').map(i => i.label).sort()).toEqual(['resolution', 'response']);
        expect(measures.map(i => i.label)).toEqual(expect.arrayContaining(['availability', 'restore', 'success']));
    });
});
