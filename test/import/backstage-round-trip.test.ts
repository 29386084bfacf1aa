/**
 * Round trip: examples/acme → `generate --target backstage` → `import --from
 * backstage` → the canonical model again. Every field Backstage carries
 * (docs/import.md lists them) must come back equal, field by field; the test
 * names the definition and the field that differ.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import { itsm } from '../cli/run-cli.js';

const ROOT = path.resolve(__dirname, '../..');
const ACME = path.join(ROOT, 'examples/acme');

async function canonical(folder: string): Promise<CanonicalModel> {
    const out = mkdtempSync(path.join(tmpdir(), 'itsm-rt-json-'));
    const run = await itsm(['generate', '--target', 'json', '--out', out, '--force', folder]);
    expect(run.code, run.stderr).toBe(0);
    const file = readdirSync(out).find(f => f.endsWith('.json'))!;
    return JSON.parse(readFileSync(path.join(out, file), 'utf8')) as CanonicalModel;
}

/** Per definition, the fields Backstage carries, in comparable form. */
function carried(model: CanonicalModel) {
    const systems = systemMembership(model);
    const relationships = (ci: string) => model.relationships.filter(r => r.source === ci)
        .map(r => `${r.type}${r.redundancyGroup ? ' (redundant)' : ''} ${r.target}`).sort();
    return new Map<string, unknown>([
        ...model.teams.map(t => [`team ${t.name}`, { lead: t.lead, email: t.email, phone: t.phone, description: t.description }] as const),
        ...model.services.map(s => [`service ${s.name}`, {
            kind: s.kind, status: s.status, tier: s.tier, owner: s.owner, support: s.support, description: s.description,
            availability: s.availability, dependencies: s.dependencies, realizedBy: s.realizedBy,
            offerings: s.offerings.map(o => o.name), system: systems.get(s.name) ?? [],
        }] as const),
        ...model.cis.map(c => [`ci ${c.name}`, {
            class: c.class, environment: c.environment, status: c.status, owner: c.owner, description: c.description,
            attributes: Object.fromEntries(Object.entries(c.attributes).map(([k, v]) => [k, String(v)])),
            relationships: relationships(c.name), hostingChain: c.hostingChain, system: systems.get(c.name) ?? [],
        }] as const),
    ]);
}

/** Which business services each service and CI belongs to (what Backstage's spec.system says). */
function systemMembership(model: CanonicalModel): Map<string, string[]> {
    const result = new Map<string, Set<string>>();
    const add = (member: string, system: string) => result.set(member, (result.get(member) ?? new Set()).add(system));
    for (const business of model.services.filter(s => s.kind === 'business')) {
        const members = new Set([business.name, ...business.computed.dependencyClosure]);
        for (let grown = true; grown;) {
            grown = false;
            for (const service of model.services.filter(s => members.has(s.name))) {
                for (const r of service.realizedBy) if (!members.has(r)) { members.add(r); grown = true; }
            }
            for (const ci of model.cis.filter(c => members.has(c.name))) {
                for (const host of ci.hostingChain) if (!members.has(host)) { members.add(host); grown = true; }
            }
        }
        for (const member of members) add(member, business.name);
    }
    return new Map([...result].map(([k, v]) => [k, [...v].sort()]));
}

describe('import --from backstage: the backstage target\'s output of examples/acme', () => {
    let original: ReturnType<typeof carried>;
    let imported: ReturnType<typeof carried>;
    let importRun: Awaited<ReturnType<typeof itsm>>;
    let importedFolder: string;

    beforeAll(async () => {
        const generated = mkdtempSync(path.join(tmpdir(), 'itsm-rt-bs-'));
        const generate = await itsm(['generate', '--target', 'backstage', '--out', generated, ACME]);
        expect(generate.code, generate.stderr).toBe(0);
        importedFolder = mkdtempSync(path.join(tmpdir(), 'itsm-rt-import-'));
        importRun = await itsm(['import', '--from', 'backstage', '--out', importedFolder, path.join(generated, 'catalog-info.yaml')]);
        original = carried(await canonical(ACME));
        imported = carried(await canonical(importedFolder));
    }, 60_000);

    it('imports without errors, and the imported folder validates without unresolved references', async () => {
        expect(importRun.code, importRun.stderr).toBe(0);
        const validate = await itsm(['validate', '--format', 'json', importedFolder]);
        const codes = (JSON.parse(validate.stdout).diagnostics as Array<{ code: string; severity: string }>).filter(d => d.severity === 'error').map(d => d.code);
        expect(codes).toEqual([]);
    });

    it('gives back every team, service and CI by its qualified name', () => {
        expect([...imported.keys()].sort()).toEqual([...original.keys()].sort());
    });

    it('gives back every carried field of every definition', () => {
        const differences: string[] = [];
        for (const [definition, fields] of original) {
            const other = imported.get(definition) as Record<string, unknown> | undefined;
            for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
                const back = other?.[field];
                if (JSON.stringify(back) !== JSON.stringify(value)) differences.push(`${definition} ${field}: ${JSON.stringify(value)} → ${JSON.stringify(back)}`);
            }
        }
        expect(differences).toEqual([]);
        // The comparison is not vacuous: acme has owners, any-of dependencies, redundant hosts and system members.
        expect(original.get('service acme.it.Email')).toMatchObject({ owner: 'acme.it.Messaging', dependencies: [{ mode: 'all' }, { mode: 'any' }] });
        expect((original.get('ci acme.it.vmhost03') as { system: string[] }).system).toEqual(['acme.it.Email']);
    });

    it('says in a comment what Backstage carried that has no place (the SLAs of offerings, team hours)', () => {
        const text = readdirSync(importedFolder).map(f => readFileSync(path.join(importedFolder, f), 'utf8')).join('\n');
        expect(text).toContain('// offering acme.it.Email.EmailStandard: sla acme.it.Gold (agreements are not carried by Backstage)');
        expect(text).toMatch(/\/\/ annotation itsm\.example\/hours: acme\.it\.Always/);
    });
});
