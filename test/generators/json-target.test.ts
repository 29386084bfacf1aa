import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalModelSchema } from '../../language/generators/canonical-schema.js';
import { canonicalModelOf, generate, repositoryRoot, targetContract } from './target-harness.js';

describe('json target', () => {
    targetContract('json');

    it('ships its schema as schemas/canonical-model.schema.json (UPDATE_SCHEMAS=1 rewrites it)', () => {
        const file = path.join(repositoryRoot, 'schemas/canonical-model.schema.json');
        const built = JSON.stringify(canonicalModelSchema, null, 2) + '\n';
        if (process.env.UPDATE_SCHEMAS) writeFileSync(file, built);
        expect(readFileSync(file, 'utf8')).toBe(built);
    });

    it('carries every definition of the example, counted from the model', async () => {
        const model = await canonicalModelOf();
        const [file] = generate('json', model);
        const written = JSON.parse(file.content);
        expect(written.services.map((s: { name: string }) => s.name)).toEqual(
            ['acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary', 'acme.it.Email', 'acme.it.Fax']);
        expect(written.cis).toHaveLength(7);
        expect(written.relationships).toHaveLength(5);
        expect(written.agreements.map((a: { name: string; type: string }) => `${a.type} ${a.name}`)).toEqual([
            'UC acme.it.CarrierUC', 'SLA acme.it.Gold', 'OLA acme.it.MessagingOLA', 'SLA acme.it.Platinum']);
        const workflows = written.workflows as Array<{ name: string; process: string; states: unknown[] }>;
        expect(workflows.filter(w => w.process === 'change').flatMap(w => w.states)).toHaveLength(16);
        expect(workflows.filter(w => w.process !== 'change').map(w => `${w.process} ${w.name}`)).toEqual([
            'release acme.it.HotfixRelease', 'incident acme.it.IncidentHandling', 'request acme.it.MailboxRequest',
            'release acme.it.MajorRelease', 'problem acme.it.ProblemManagement']);
        const email = written.services.find((s: { name: string }) => s.name === 'acme.it.Email');
        expect(email.offerings.find((o: { name: string }) => o.name.endsWith('.EmailStandard')).requestItems).toEqual([expect.objectContaining({
            name: 'acme.it.Email.EmailStandard.SharedMailbox', fulfilment: 'acme.it.MailboxRequest',
            approvals: ['acme.it.Messaging'], fulfilWithin: { seconds: 172_800, text: '2d' }, fulfilledBy: 'acme.it.Messaging' })]);
    });

    it('normalises durations to seconds and keeps the text as written', async () => {
        const model = await canonicalModelOf();
        const gold = model.agreements.find(a => a.name === 'acme.it.Gold')!;
        expect(gold.targets[0]).toEqual({ priority: 'P1', response: { seconds: 900, text: '15m' }, resolve: { seconds: 14_400, text: '4h' } });
        expect(gold.targets[4].resolve).toEqual({ seconds: 864_000, text: '10d' });
    });

    it('computes the availability ceiling and the dependency closure of each service', async () => {
        const email = (await canonicalModelOf()).services.find(s => s.name === 'acme.it.Email')!;
        expect(email.computed.availabilityCeiling).toBeCloseTo(99.95 * (1 - 0.001 * 0.001), 4);
        expect(email.computed.dependencyClosure).toEqual(['acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary']);
        const directory = (await canonicalModelOf()).services.find(s => s.name === 'acme.it.Directory')!;
        expect(directory.computed.dependants).toEqual(['acme.it.Email']);
    });

    it('expands `* -> Canceled` to a transition from every non-final state', async () => {
        const normal = (await canonicalModelOf()).workflows.find(w => w.name === 'acme.it.NormalChange')!;
        const intoCanceled = normal.transitions.filter(t => t.to === 'Canceled').map(t => t.from);
        expect(intoCanceled).toEqual(['New', 'Assess', 'Authorize', 'Scheduled', 'Implement', 'Review']);
    });

    it('resolves the redundancy of runs-on targets into one group per relationship', async () => {
        const model = await canonicalModelOf();
        const exchange = model.relationships.filter(r => r.source === 'acme.it.exchange' && r.type === 'runs-on');
        expect(exchange.map(r => [r.target, r.redundancyGroup])).toEqual([
            ['acme.it.mx01', 'acme.it.exchange#1'], ['acme.it.mx02', 'acme.it.exchange#1']]);
        expect(model.cis.find(c => c.name === 'acme.it.exchange')!.hostingChain).toEqual(
            ['acme.it.mx01', 'acme.it.mx02', 'acme.it.vmhost03', 'acme.it.vmhost04']);
    });
});
