/**
 * Completion: names of the right kind under their shortest name, with kind
 * and detail; local names (states, priorities, attributes) in a useful
 * order; the values of closed sets; no keyword noise; imports.
 */
import { describe, expect, it } from 'vitest';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { completeAt } from './navigation-workspace.js';

const complete = completeAt;

const labels = (items: CompletionItem[]) => items.map(item => item.label);
/** Labels in the order an editor shows them (by sortText, then label). */
const sorted = (items: CompletionItem[]) => [...items]
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label))
    .map(item => item.label);

describe('names of the right kind', () => {
    it('offers teams after owner, with the team icon and "team · package" detail', async () => {
        const items = await complete('package acme.it\nservice X { owner | }');
        expect(labels(items)).toEqual(['ServiceDesk', 'Messaging', 'Infrastructure']);
        expect(items[0]).toMatchObject({ kind: CompletionItemKind.Struct, detail: 'team · acme.it' });
    });

    it('offers calendars for hours, SLAs in an offering, classes after `ci x:`', async () => {
        expect(labels(await complete('package acme.it\nsla S { hours | }'))).toEqual(['BusinessHours', 'Always']);
        expect(labels(await complete('package acme.it\nservice X { offering O { sla | } }'))).toEqual(['Gold', 'Platinum']);
        const classes = await complete('package acme.it\nci y: | ');
        expect(labels(classes)).toEqual(['Server', 'Application', 'acme.shared.Directory']);
        expect(classes[2]).toMatchObject({ kind: CompletionItemKind.Class, detail: 'CI class · acme.shared' });
    });

    it('offers services in a service\'s depends on and CIs in runs on, never the definition itself', async () => {
        const services = await complete('package acme.it\nservice Portal { depends on | }\nservice Other');
        expect(labels(services)).toEqual(expect.arrayContaining(['Directory', 'Dns', 'Email']));
        expect(labels(services)).not.toContain('Portal');
        expect(services.filter(item => item.kind !== CompletionItemKind.Module).map(item => item.label)).toEqual(['any']);
        const cis = await complete('package acme.it\nci web01: Server { runs on | }');
        expect(labels(cis.filter(item => item.kind === CompletionItemKind.Variable))).toEqual(['vmhost03', 'vmhost04', 'mx01', 'mx02', 'exchange', 'faxgw', 'acme.shared.ad01']);
        expect(cis.find(item => item.label === 'mx01')?.detail).toBe('CI · Server · acme.it');
    });

    it('names definitions by the shortest name that reaches them from the file', async () => {
        expect(labels(await complete('package acme.ops\nservice X { owner | }'))).toEqual(['acme.it.ServiceDesk', 'acme.it.Messaging', 'acme.it.Infrastructure']);
        expect(labels(await complete('package acme.ops\nimport acme.it.*\nservice X { owner | }'))).toEqual(['ServiceDesk', 'Messaging', 'Infrastructure']);
        expect(labels(await complete('package acme.ops\nimport acme.it.Messaging\nservice X { owner | }'))).toContain('Messaging');
    });

    it('offers change authorities before teams after approval by, emergency ones first in an emergency workflow', async () => {
        const normal = await complete('package acme.it\nimport acme.shared.*\nchange workflow W { type normal states { A approval by | } }');
        expect(sorted(normal).slice(0, 2)).toEqual(['CAB', 'ECAB']);
        expect(labels(normal)).toEqual(expect.arrayContaining(['Messaging', 'ServiceDesk']));
        expect(normal.find(item => item.label === 'CAB')?.detail).toBe('change authority · acme.shared');
        const emergency = await complete('package acme.it\nimport acme.shared.*\nchange workflow W { type emergency states { A approval by | } }');
        expect(sorted(emergency).slice(0, 2)).toEqual(['ECAB', 'CAB']);
    });

    it('offers fully qualified names once a dot is typed, and no keywords', async () => {
        const items = await complete('package acme.it\nservice X { owner acme.| }');
        expect(labels(items)).toEqual(['acme.it.ServiceDesk', 'acme.it.Messaging', 'acme.it.Infrastructure']);
        expect(items.some(item => item.kind === CompletionItemKind.Keyword)).toBe(false);
        expect(labels(await complete('package acme.it\nci web: Server { depends on acme.shared.| }'))).toEqual(['acme.shared.ad01']);
    });
});

describe('local names', () => {
    it('offers the states of this workflow only in a transition', async () => {
        const items = await complete('package acme.it\nchange workflow W { states { Draft initial Done final } Draft -> | }');
        expect(labels(items)).toEqual(['Draft', 'Done']);
        expect(items[0]).toMatchObject({ kind: CompletionItemKind.EnumMember, detail: 'state · initial' });
    });

    it('offers the priorities the agreement\'s matrix yields, those without a target first', async () => {
        const items = await complete('package acme.it\nsla S { priorities Standard P2 { response 1h } | }');
        expect(sorted(items.filter(item => item.kind === CompletionItemKind.EnumMember))).toEqual(['P1', 'P3', 'P4', 'P5', 'P2']);
        expect(items.find(item => item.label === 'P1')?.detail).toBe('Critical · no target yet · Standard');
        expect(items.find(item => item.label === 'P2')?.detail).toBe('High · has a target · Standard');
    });

    it('leaves out a priority no cell of the matrix yields', async () => {
        const matrix = 'package acme.x\npriority matrix Small { priorities A, B, C urgency u impact i -> A impact j -> B }\n';
        const items = await complete('package acme.x\nola O { priorities Small | }', { 'small.itsm': matrix });
        expect(labels(items.filter(item => item.kind === CompletionItemKind.EnumMember))).toEqual(['A', 'B']);
    });

    it('offers the attributes of the CI\'s class and its superclasses not yet set, required first, with their type', async () => {
        const classes = 'package acme.k\nci class Base { attribute serial: string attribute site: string required }\n'
            + 'ci class Host extends Base { attribute ip: ipv4 attribute os: string required }\n';
        const items = await complete('package acme.k\nci h1: Host {\n  os "Linux"\n  | }', { 'k.itsm': classes });
        const attributes = items.filter(item => item.kind === CompletionItemKind.Property);
        expect(sorted(attributes)).toEqual(['site', 'ip', 'serial']);
        expect(attributes.find(item => item.label === 'site')?.detail).toBe('string, required · Base');
        expect(attributes.find(item => item.label === 'ip')?.detail).toBe('ipv4 · Host');
    });
});

describe('keywords and values', () => {
    it('offers the values of closed sets where they go, named by their set', async () => {
        const kind = await complete('package acme.it\nservice X { kind | }');
        expect(kind.map(i => [i.label, i.kind, i.detail])).toEqual([
            ['business', CompletionItemKind.EnumMember, 'service kind'], ['technical', CompletionItemKind.EnumMember, 'service kind']]);
        expect(labels(await complete('package acme.it\nservice X { status | }'))).toEqual(['pipeline', 'live', 'retired']);
        expect(labels(await complete('package acme.it\nci y: Server { status | }'))).toEqual(['planned', 'operational', 'maintenance', 'decommissioned']);
        expect(labels(await complete('package acme.it\nci y: Server { environment | }'))).toEqual(['production', 'staging', 'test', 'development', 'dr']);
        expect(labels(await complete('package acme.it\nchange workflow W { type | }'))).toEqual(['standard', 'normal', 'emergency']);
        expect(labels(await complete('package acme.it\nci class K { attribute a: | }'))).toEqual(['string', 'integer', 'decimal', 'boolean', 'date', 'ipv4', 'ipv6', 'url', 'email']);
        expect(labels(await complete('package acme.it\nsla S { availability 99% per | }'))).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    });

    it('offers only the keywords a service block allows, and no punctuation', async () => {
        const items = await complete('package acme.it\nservice X { | }');
        expect(labels(items)).toEqual(['kind', 'status', 'tier', 'owner', 'support', 'description', 'availability', 'rto', 'rpo', 'continuity', 'depends', 'realized', 'offering']);
        expect(items.every(item => /^\w+$/.test(item.label))).toBe(true);
    });

    it('offers no keyword where a new name is written', async () => {
        expect(await complete('package acme.it\nci class K { attribute | }')).toEqual([]);
    });
});

describe('imports', () => {
    it('offers other packages as wildcards and their definitions, not the file\'s own package', async () => {
        const items = await complete('package acme.it\nimport |');
        expect(labels(items)).toContain('acme.shared.*');
        expect(labels(items)).toContain('acme.shared.CAB');
        expect(labels(items).some(label => label.startsWith('acme.it.'))).toBe(false);
        expect(items.find(item => item.label === 'acme.shared.*')?.detail).toBe('package · 5 definitions');
    });
});

describe('after a dot in a comment', () => {
    it('offers no names', async () => {
        const items = await complete('package acme.it\nservice X {\n  owner // ask acme.|\n  Messaging\n}');
        expect(items.some(item => item.label.startsWith('acme.it.'))).toBe(false);
    });
});
