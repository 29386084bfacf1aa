/**
 * Hover: documentation comments and computed facts for each kind of
 * definition, on declarations and references; priority targets with the
 * agreements above or below them; literals with their normalised value.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../workspace.js';
import { buildWorkspace } from '../workspace.js';
import { acmeFiles, acmeWorkspace, at, doc, textAt } from './navigation-workspace.js';

let acme: TestWorkspace;

beforeAll(async () => {
    acme = await acmeWorkspace();
});

async function hover(workspace: TestWorkspace, file: string, marker: string, occurrence = 0) {
    const document = doc(workspace, file);
    const result = await workspace.services.Itsm.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: at(workspace, file, marker, occurrence),
    });
    const value = (result?.contents as { value?: string } | undefined)?.value;
    return { value: value ?? '', range: result?.range };
}

describe('hover on a service', () => {
    it('shows its documentation comment, facts, dependencies with any-of groups and the availability ceiling', async () => {
        const { value, range } = await hover(acme, 'services.itsm', 'service E|mail');
        expect(range && textAt(acme, 'services.itsm', range)).toBe('Email');
        expect(value).toContain('**service** `acme.it.Email`');
        expect(value).toContain('Mail and calendars for every member of staff.');
        expect(value).toContain('- **Kind:** business');
        expect(value).toContain('- **Status:** live');
        expect(value).toContain('- **Owner:** Messaging');
        expect(value).toContain('- **Support:** ServiceDesk');
        expect(value).toContain('- **Depends on:** Directory; any of (Dns, DnsSecondary)');
        expect(value).toContain('99.9499% (Directory 99.95% × any of (Dns 99.9%, DnsSecondary 99.9%) 99.9999%)');
        expect(value).toContain('- SLA Gold promises 99.9%: within the ceiling');
    });

    it('lists its dependants, and is the same on a reference as on the declaration', async () => {
        const declaration = await hover(acme, 'services.itsm', 'service D|irectory');
        expect(declaration.value).toContain('- **Used by:** Email');
        expect(declaration.value).toContain('depends on no service');
        const reference = await hover(acme, 'services.itsm', 'depends on D|irectory');
        expect(reference.value).toBe(declaration.value);
    });

    it('says when an SLA promises more than the dependencies allow', async () => {
        const files = acmeFiles();
        files['agreements.itsm'] = files['agreements.itsm'].replace('availability 99.9% per month         //', 'availability 99.99% per month         //');
        const ws = await buildWorkspace(files);
        const { value } = await hover(ws, 'services.itsm', 'service E|mail');
        expect(value).toContain('- SLA Platinum promises 99.99%: **exceeds** the ceiling of 99.9499%');
    });
});

describe('hover on agreements and priority targets', () => {
    it('shows an SLA\'s service, hours, matrix and targets', async () => {
        const { value } = await hover(acme, 'agreements.itsm', 'sla G|old');
        expect(value).toContain('- **Service:** Email');
        expect(value).toContain('- **Hours:** BusinessHours (mon..fri 08:00-18:00, Europe/London, except UKBankHolidays), 50 hours a week');
        expect(value).toContain('- **Priority matrix:** Standard');
        expect(value).toContain('| P1 Critical | 15m (900 s) | 4h (14,400 s) |');
    });

    it('shows a target\'s durations in seconds and the underpinning targets for the priority', async () => {
        const { value } = await hover(acme, 'agreements.itsm', 'P|1 { response 15m');
        expect(value).toContain('response 15m = 900 s, resolve 4h = 14,400 s');
        expect(value).toContain('- MessagingOLA: response 5m, resolve 1h — at least as strict as this SLA');
        const onDuration = await hover(acme, 'agreements.itsm', 'P1 { response 15m  resolve |4h');
        expect(onDuration.value).toBe(value);
    });

    it('marks an underpinning target looser than the SLA, from both sides', async () => {
        const files = acmeFiles();
        files['agreements.itsm'] = files['agreements.itsm'].replace('P1 { response 5m   resolve 1h }      //', 'P1 { response 10m  resolve 8h }      //');
        const ws = await buildWorkspace(files);
        const sla = await hover(ws, 'agreements.itsm', 'P|1 { response 15m');
        expect(sla.value).toContain('- MessagingOLA: response 10m, resolve 8h — **looser than this SLA** (resolve 8h > 4h)');
        const ola = await hover(ws, 'agreements.itsm', 'P|1 { response 10m');
        expect(ola.value).toContain('- Gold: response 15m, resolve 4h — **this OLA is looser** (resolve 8h > 4h)');
        expect(ola.value).toContain('- Platinum: response 5m, resolve 1h — **this OLA is looser** (response 10m > 5m, resolve 8h > 1h)');
    });
});

describe('hover on CMDB definitions', () => {
    it('shows a CI\'s class, attributes, owner and hosting chain', async () => {
        const exchange = await hover(acme, 'cmdb.itsm', 'ci e|xchange');
        expect(exchange.value).toContain('**Hosting:** exchange → mx01 → vmhost03; exchange → mx02 → vmhost04');
        expect(exchange.value).toContain('- **Environment:** production');
        expect(exchange.value).toContain('- **Realizes:** Email');
        const mx01 = await hover(acme, 'cmdb.itsm', 'ci m|x01');
        expect(mx01.value).toContain('| os | string | yes | `"Debian 12"` |');
        expect(mx01.value).toContain('| cores | integer | no | — |');
        expect(mx01.value).toContain('- **Runs it:** exchange');
    });

    it('shows an attribute on the value set on a CI', async () => {
        const { value } = await hover(acme, 'cmdb.itsm', '  o|s "Debian 12"');
        expect(value).toContain('**attribute** `os`: string');
        expect(value).toContain('Set here to `"Debian 12"`');
    });
});

describe('hover on people, calendars, change', () => {
    it('shows a team\'s contact, hours and what it owns and supports', async () => {
        const { value } = await hover(acme, 'people.itsm', 'team S|erviceDesk');
        expect(value).toContain('First line: takes every call, around the clock.');
        expect(value).toContain('- **Phone:** +44 20 7946 0000');
        expect(value).toContain('- **Supports:** 4 services (Directory, Dns, DnsSecondary, Email)');
        const messaging = await hover(acme, 'services.itsm', 'owner M|essaging');
        expect(messaging.value).toContain('- **Owns:** 2 services (Email, Fax); 4 CIs (mx01, mx02, exchange, faxgw)');
        expect(messaging.value).toContain('- **Provides:** 1 OLA (MessagingOLA)');
    });

    it('shows a calendar\'s hours and hours per week', async () => {
        const { value } = await hover(acme, 'agreements.itsm', 'hours B|usinessHours');
        expect(value).toContain('- **Hours:** mon..fri 08:00-18:00');
        expect(value).toContain('- **Hours per week:** 50 of 168');
    });

    it('shows an authority through an import, and a state\'s approvers and transitions', async () => {
        const cab = await hover(acme, 'change.itsm', 'approval by C|AB');
        expect(cab.value).toContain('The Change Advisory Board: approves normal changes.');
        expect(cab.value).toContain('- **Approves:** NormalChange.Authorize');
        const state = await hover(acme, 'change.itsm', 'Authorize -> A|ssess');
        expect(state.value).toContain('**state** `Assess` of workflow NormalChange');
        expect(state.value).toContain('- **Entered from:** New, Authorize');
    });
});

describe('hover on literals', () => {
    it('normalises durations, percentages and dates', async () => {
        const files = acmeFiles();
        files['cmdb.itsm'] += '\nci class Job { attribute every: string }\nci nightly: Job { every 90m }\n';
        const ws = await buildWorkspace(files);
        expect((await hover(ws, 'cmdb.itsm', 'every 9|0m')).value).toBe('`90m` = 5,400 s (90 minutes)');
        const percent = await hover(acme, 'agreements.itsm', 'availability 9|9.9% per month\n  P1');
        expect(percent.value).toContain('`99.9%` = 0.999');
        expect(percent.value).toContain('Allows downtime of at most 43m 12s per 30-day month.');
        expect(percent.value).toContain("Email's dependencies allow at most 99.9499%: within it.");
        expect((await hover(acme, 'shared.itsm', '2026-12-2|5')).value).toBe('`2026-12-25`: Friday, 25 December 2026');
    });
});
