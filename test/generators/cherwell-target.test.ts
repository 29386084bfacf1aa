import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import { unsafeNameReason } from '../../language/generators/output-writer.js';
import { cherwellFiles, cherwellSchemaFor, cherwellTarget, type CherwellMapping } from '../../language/generators/targets/cherwell.target.js';
import { cherwellMappingSchema, pascalCase } from '../../language/generators/targets/cherwell/mapping.js';
import { minutes } from '../../language/generators/targets/cherwell/records.js';
import { canonicalModelOf, repositoryRoot, schemaErrors, targetContract } from './target-harness.js';

interface Field { fieldId: string; name: string; value: string; dirty: true }
interface Save { busObId: string; fields: Field[]; persist: boolean; parentBusObId?: string; parentBusObPublicId?: string; relationshipId?: string }
interface End { busObId: string; busObName: string; publicId: string; itsmName: string }
interface Link { kind: string; parent: End; relationshipId: string; relationshipName: string; child: End; redundancyGroup?: string }
interface Manifest {
    mapping: string; warnings: string[];
    steps: Array<{ order: number; file: string; kind: string; endpoint: string; records: number }>;
    notLoaded: { workflows: Array<{ name: string; states: string[] }>; teams: string[]; calendars: string[] };
}

const fixture = path.join(repositoryRoot, 'test/fixtures/cherwell-mapping.json');
const mappingGolden = path.join(repositoryRoot, 'test/generators/golden/cherwell-with-mapping');
const loadMapping = (): CherwellMapping => JSON.parse(readFileSync(fixture, 'utf8'));
const asMap = (model: CanonicalModel, mapping?: CherwellMapping) => new Map(cherwellFiles(model, mapping).map(f => [f.path, JSON.parse(f.content)]));
const value = (save: Save, name: string) => save.fields.find(f => f.name === name)?.value;
const itsmName = (save: Save) => value(save, 'ItsmName');
const batchRecords = (out: Map<string, unknown>, match: (file: string) => boolean) =>
    [...out.entries()].filter(([file]) => match(file)).flatMap(([, v]) => (v as { saveRequests: Save[] }).saveRequests);

function readTree(folder: string, prefix = ''): Map<string, string> {
    const files = new Map<string, string>();
    for (const name of readdirSync(folder).sort()) {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) for (const [k, v] of readTree(full, `${prefix}${name}/`)) files.set(k, v);
        else files.set(`${prefix}${name}`, readFileSync(full, 'utf8'));
    }
    return files;
}

describe('cherwell target', () => {
    targetContract('cherwell');

    let model: CanonicalModel;
    let out: Map<string, unknown>;
    let manifest: Manifest;
    beforeAll(async () => {
        model = await canonicalModelOf();
        out = asMap(model);
        manifest = out.get('manifest.json') as Manifest;
    });

    it('saves every service of the example once, with its Cherwell status', () => {
        const services = batchRecords(out, f => f === 'services.json');
        expect(services.map(itsmName).sort()).toEqual(model.services.map(s => s.name).sort());
        const status = { pipeline: 'Planning', live: 'Active', retired: 'Retired' } as Record<string, string>;
        for (const s of model.services) expect(value(services.find(r => itsmName(r) === s.name)!, 'Status')).toBe(status[s.status]);
        const email = services.find(r => itsmName(r) === 'acme.it.Email')!;
        expect(value(email, 'ServiceType')).toBe('Business Service');
        expect(value(email, 'OwnedByTeam')).toBe('Messaging');
        expect(value(email, 'Criticality')).toBe('1');
    });

    it('saves every CI once, in the batch of its class, with every attribute as a text field', () => {
        const cis = batchRecords(out, f => f.startsWith('cis/'));
        expect(cis.map(itsmName).sort()).toEqual(model.cis.map(c => c.name).sort());
        for (const ci of model.cis) {
            const file = out.get(`cis/${ci.class}.json`) as { saveRequests: Save[] };
            const record = file.saveRequests.find(r => itsmName(r) === ci.name)!;
            for (const [key, v] of Object.entries(ci.attributes)) expect(value(record, pascalCase(key))).toBe(String(v));
        }
        expect(value(cis.find(r => itsmName(r) === 'acme.it.faxgw')!, 'Status')).toBe('Retired');
        expect(value(cis.find(r => itsmName(r) === 'acme.it.mx01')!, 'Status')).toBe('Active');
        expect(cis.find(r => itsmName(r) === 'acme.it.mx01')!.busObId).toBe('ConfigServer');
    });

    it('saves every agreement as an SLA and every agreement target as an SLA Target Time in minutes', () => {
        const slas = batchRecords(out, f => f === 'slas.json');
        expect(slas.map(itsmName).sort()).toEqual(model.agreements.map(a => a.name).sort());
        expect(value(slas.find(r => itsmName(r) === 'acme.it.CarrierUC')!, 'SLAType')).toBe('Underpinning Contract');
        const times = [...out.entries()].filter(([f]) => f.startsWith('sla-target-times/')).flatMap(([, v]) => v as Save[]);
        expect(times).toHaveLength(model.agreements.reduce((n, a) => n + a.targets.length, 0));
        for (const a of model.agreements) {
            for (const t of a.targets) {
                const record = times.find(r => itsmName(r) === `${a.name}#${t.priority}`)!;
                expect(record.parentBusObPublicId).toBe(a.name.slice(a.name.lastIndexOf('.') + 1));
                expect(value(record, 'ResponseTimeMinutes')).toBe(t.response ? String(t.response.seconds / 60) : undefined);
                expect(value(record, 'ResolutionTimeMinutes')).toBe(t.resolve ? String(t.resolve.seconds / 60) : undefined);
            }
        }
        const goldP5 = times.find(r => itsmName(r) === 'acme.it.Gold#P5')!;
        expect(value(goldP5, 'ResolutionTimeMinutes')).toBe('14400'); // 10d
        expect(value(goldP5, 'WorkHours')).toBe('BusinessHours');
    });

    it('links every relationship, realization, dependency, offering SLA and underpinning contract', () => {
        const links = (out.get('links.json') as { links: Link[] }).links;
        for (const r of model.relationships) {
            expect(links.some(l => l.kind === r.type && l.parent.itsmName === r.source && l.child.itsmName === r.target)).toBe(true);
        }
        const expected = model.relationships.length
            + model.services.reduce((n, s) => n + s.realizedBy.length + s.dependencies.reduce((m, d) => m + d.services.length, 0)
                + s.offerings.reduce((m, o) => m + o.slas.length, 0), 0)
            + model.agreements.reduce((n, a) => n + a.underpinnedBy.length, 0);
        expect(links).toHaveLength(expected);
        const dns = links.filter(l => l.kind === 'service-depends-on' && l.parent.itsmName === 'acme.it.Email' && l.redundancyGroup);
        expect(dns.map(l => l.child.itsmName)).toEqual(['acme.it.Dns', 'acme.it.DnsSecondary']);
    });

    it('lists what has no place in Cherwell, every workflow state included', () => {
        expect(manifest.notLoaded.workflows.flatMap(w => w.states)).toHaveLength(model.workflows.reduce((n, w) => n + w.states.length, 0));
        expect(manifest.notLoaded.teams).toEqual(model.teams.map(t => t.name));
    });

    it('without a mapping, writes names for IDs and says so in the warnings', () => {
        expect(manifest.mapping).toBe('default');
        expect(manifest.warnings[0]).toMatch(/No Cherwell mapping was given/);
        expect(manifest.warnings).toContain('Service: no busObId in the mapping; the name "Service" is written in its place');
        expect(manifest.steps.map(s => s.file)).toEqual([...out.keys()].filter(f => f !== 'manifest.json'));
        expect(manifest.steps.map(s => s.kind)).toEqual(['batch-save', 'batch-save', 'batch-save', 'batch-save', 'batch-save',
            'related-save', 'related-save', 'related-save', 'related-save', 'link']);
    });

    it('with the fixture mapping: the IDs, renamed fields, class mapping and no warnings (golden files)', () => {
        expect(schemaErrors(cherwellMappingSchema, loadMapping())).toEqual([]);
        const files = cherwellFiles(model, loadMapping());
        if (process.env.UPDATE_GOLDEN) {
            rmSync(mappingGolden, { recursive: true, force: true });
            for (const f of files) {
                mkdirSync(path.dirname(path.join(mappingGolden, f.path)), { recursive: true });
                writeFileSync(path.join(mappingGolden, f.path), f.content);
            }
        }
        const golden = readTree(mappingGolden);
        expect(files.map(f => f.path).sort()).toEqual([...golden.keys()].sort());
        for (const f of files) {
            expect(f.content, f.path).toBe(golden.get(f.path));
            expect(schemaErrors(cherwellSchemaFor(f.path)!, JSON.parse(f.content)), f.path).toEqual([]);
        }
        const mapped = asMap(model, loadMapping());
        expect((mapped.get('manifest.json') as Manifest)).toMatchObject({ mapping: 'provided', warnings: [] });
        const mx01 = batchRecords(mapped, f => f.startsWith('cis/')).find(r => itsmName(r) === 'acme.it.mx01')!;
        expect(mx01.busObId).toBe(loadMapping().businessObjects!.ConfigServer.busObId);
        expect(mx01.fields.find(f => f.name === 'OperatingSystem')).toMatchObject({ value: 'Debian 12', fieldId: expect.stringMatching(/^BO:\w+,FI:\w+$/) });
        const ad01 = batchRecords(mapped, f => f.startsWith('cis/')).find(r => itsmName(r) === 'acme.shared.ad01')!;
        expect(ad01.busObId).toBe(loadMapping().businessObjects!.ConfigSystem.busObId);
        expect(value(batchRecords(mapped, f => f.startsWith('cis/')).find(r => itsmName(r) === 'acme.it.faxgw')!, 'Status')).toBe('Disposed');
    });

    it('a partial mapping warns about exactly what it lacks', () => {
        const partial: CherwellMapping = { businessObjects: { Service: { busObId: 'abc', fields: { ServiceName: 'f1' } } } };
        const warnings = (asMap(model, partial).get('manifest.json') as Manifest).warnings;
        expect(warnings.some(w => w.startsWith('No Cherwell mapping'))).toBe(false);
        expect(warnings.some(w => w.startsWith('Service: no busObId'))).toBe(false);
        expect(warnings.find(w => w.startsWith('Service: no fieldId'))).not.toMatch(/ServiceName/);
        expect(warnings).toContain('SLA: no busObId in the mapping; the name "SLA" is written in its place');
    });

    it('rejects a misspelt key in a batch and in a mapping file', () => {
        const bad = { saveRequests: [{ busObId: 'x', fields: [{ fieldID: 'a', name: 'a', value: 'b', dirty: true }], persist: true }], stopOnError: true };
        expect(schemaErrors(cherwellSchemaFor('services.json')!, bad)).not.toEqual([]);
        expect(schemaErrors(cherwellMappingSchema, { businessObject: {} })).not.toEqual([]);
    });

    it('names files safely from definition names, and writes durations in minutes', () => {
        const weird = structuredClone(model);
        weird.ciClasses[0].name = 'acme/../CON';
        weird.cis.forEach(c => { if (c.class === model.ciClasses[0].name) c.class = 'acme/../CON'; });
        weird.agreements[0].name = 'a:b*c';
        for (const f of cherwellTarget.generate(weird)) expect(unsafeNameReason(f.path), f.path).toBeUndefined();
        expect(minutes(90)).toBe('1.5');
        expect(minutes(86_400)).toBe('1440');
    });
});
