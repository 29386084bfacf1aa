import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    componentEntityV1alpha1Validator, DEFAULT_NAMESPACE, DefaultNamespaceEntityPolicy, EntityPolicies, entityKindSchemaValidator,
    FieldFormatEntityPolicy, groupEntityV1alpha1Validator, NoForeignRootFieldsEntityPolicy, parseEntityRef,
    resourceEntityV1alpha1Validator, SchemaValidEntityPolicy, systemEntityV1alpha1Validator, type Entity as BackstageEntity,
    type KindValidator,
} from '@backstage/catalog-model';
import { describe, expect, it } from 'vitest';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import { findTarget } from '../../language/generators/registry.js';
import { dnsLabel, assignNames } from '../../language/generators/targets/backstage/names.js';
import { toYaml } from '../../language/generators/targets/backstage/yaml.js';
import { DEFAULT_NAMESPACE as ITSM_DEFAULT_NAMESPACE, type Entity } from '../../language/generators/targets/backstage/entities.js';
import { canonicalModelOf, generate, repositoryRoot, schemaErrors, targetContract } from './target-harness.js';

const KIND_VALIDATORS: Record<string, KindValidator> = {
    Group: groupEntityV1alpha1Validator,
    System: systemEntityV1alpha1Validator,
    Component: componentEntityV1alpha1Validator,
    Resource: resourceEntityV1alpha1Validator,
};

/** What the catalog enforces on every entity it ingests (the default policies of the catalog backend). */
const CATALOG_POLICIES = EntityPolicies.allOf([
    new DefaultNamespaceEntityPolicy(),
    new NoForeignRootFieldsEntityPolicy(),
    new FieldFormatEntityPolicy(),
    new SchemaValidEntityPolicy(),
]);

/** The kind's JSON Schema as @backstage/catalog-model ships it (compiled into its dist, outside its `exports`). */
async function backstageKindSchema(kind: string): Promise<object> {
    const file = path.join(repositoryRoot, 'node_modules/@backstage/catalog-model/dist/schema/kinds', `${kind}.v1alpha1.schema.json.esm.js`);
    return (await import(pathToFileURL(file).href)).default as object;
}

const systemSchema = await backstageKindSchema('System');

/** js-yaml is only a transitive dependency: the YAML round-trip checks run when it is there and are skipped otherwise. */
const jsYaml = await import('js-yaml' as string).then(m => (m.default ?? m) as { loadAll(text: string): unknown[]; load(text: string): unknown })
    .catch(() => undefined);

async function entitiesOf(model?: CanonicalModel): Promise<Entity[]> {
    return generate('backstage', model ?? await canonicalModelOf())
        .filter(f => f.path.endsWith('.json')).map(f => JSON.parse(f.content) as Entity);
}

const annotation = (entity: Entity, key: string) => entity.metadata.annotations[`itsm.example/${key}`];
const byQualifiedName = (entities: Entity[], name: string) => entities.find(e => annotation(e, 'qualified-name') === name)!;
const refOf = (entity: Entity) => `${entity.kind.toLowerCase()}:${entity.metadata.namespace}/${entity.metadata.name}`;

describe('backstage target', () => {
    targetContract('backstage');

    it('emits only entities that pass Backstage\'s own kind validators, kind schemas and catalog policies', async () => {
        const entities = await entitiesOf();
        expect(ITSM_DEFAULT_NAMESPACE).toBe(DEFAULT_NAMESPACE);
        for (const entity of entities) {
            const label = `${entity.kind} ${entity.metadata.name}`;
            const asBackstage = entity as unknown as BackstageEntity;
            await expect(KIND_VALIDATORS[entity.kind].check(asBackstage), label).resolves.toBe(true);
            expect(entityKindSchemaValidator(await backstageKindSchema(entity.kind))(asBackstage), label).toBe(asBackstage);
            await expect(CATALOG_POLICIES.enforce(asBackstage), label).resolves.toEqual(asBackstage);
            for (const ref of [entity.spec.owner, entity.spec.system, ...((entity.spec.dependsOn as string[] | undefined) ?? [])]) {
                if (typeof ref === 'string') expect(parseEntityRef(ref), ref).toMatchObject({ namespace: expect.any(String) });
            }
        }
    });

    it('uses validators that do reject what Backstage rejects', async () => {
        const [email] = (await entitiesOf()).filter(e => e.kind === 'System');
        const bad = (change: (e: Entity) => void) => {
            const copy = JSON.parse(JSON.stringify(email)) as Entity;
            change(copy);
            return copy as unknown as BackstageEntity;
        };
        await expect(CATALOG_POLICIES.enforce(bad(e => { e.metadata.name = 'Not a name'; }))).rejects.toThrow();
        await expect(CATALOG_POLICIES.enforce(bad(e => { e.metadata.tags = ['Tier 1']; }))).rejects.toThrow();
        await expect(CATALOG_POLICIES.enforce(bad(e => { (e as unknown as Record<string, unknown>).extra = 1; }))).rejects.toThrow();
        expect(() => entityKindSchemaValidator(systemSchema)(bad(e => { delete e.spec.owner; }))).toThrow();
    });

    it('maps every team, service and CI of the example to one entity, counted from the model', async () => {
        const model = await canonicalModelOf();
        const entities = await entitiesOf(model);
        const kinds = (kind: string) => entities.filter(e => e.kind === kind).map(e => annotation(e, 'qualified-name')).sort();
        expect(kinds('Group')).toEqual(model.teams.map(t => t.name));
        expect(kinds('System')).toEqual(model.services.filter(s => s.kind === 'business').map(s => s.name));
        expect(kinds('Component')).toEqual(model.services.filter(s => s.kind !== 'business').map(s => s.name));
        expect(kinds('Resource')).toEqual(model.cis.map(c => c.name));
        expect(entities).toHaveLength(model.teams.length + model.services.length + model.cis.length);
    });

    it('writes every relationship: runs-on, hosted-on and depends-on as spec.dependsOn, the others as annotations', async () => {
        const model = await canonicalModelOf();
        const entities = await entitiesOf(model);
        expect(model.relationships.length).toBeGreaterThan(0);
        for (const relationship of model.relationships) {
            const source = byQualifiedName(entities, relationship.source);
            const target = refOf(byQualifiedName(entities, relationship.target));
            if (['runs-on', 'hosted-on', 'depends-on'].includes(relationship.type)) {
                expect(source.spec.dependsOn, `${relationship.source} ${relationship.type}`).toContain(target);
            } else {
                expect(annotation(source, relationship.type)).toContain(target);
            }
            if (relationship.redundancyGroup) expect(annotation(source, 'redundancy')).toContain(`${relationship.type} any of (`);
        }
    });

    it('writes service dependencies, realizers, owners, systems and SLAs', async () => {
        const model = await canonicalModelOf();
        const entities = await entitiesOf(model);
        for (const service of model.services) {
            const entity = byQualifiedName(entities, service.name);
            expect(entity.spec.owner).toBe(refOf(byQualifiedName(entities, service.owner!)));
            for (const needed of service.dependencies.flatMap(d => d.services)) {
                const ref = refOf(byQualifiedName(entities, needed));
                expect(annotation(entity, 'depends-on')).toContain(ref);
                if (entity.kind === 'Component') expect(entity.spec.dependsOn).toContain(ref);
            }
            for (const realizer of service.realizedBy) expect(annotation(entity, 'realized-by')).toContain(refOf(byQualifiedName(entities, realizer)));
            for (const sla of model.agreements.filter(a => a.service === service.name)) expect(annotation(entity, 'slas')).toContain(sla.name);
        }
        const email = byQualifiedName(entities, 'acme.it.Email');
        expect(annotation(email, 'depends-on')).toBe(
            'component:acme-it/directory, any of (component:acme-it/dns, component:acme-it/dns-secondary)');
        // Email's system: what it needs, what realizes those, and the hosts under its realizer.
        for (const part of ['acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary', 'acme.shared.ad01', 'acme.it.exchange',
            'acme.it.mx01', 'acme.it.mx02', 'acme.it.vmhost03', 'acme.it.vmhost04']) {
            expect(byQualifiedName(entities, part).spec.system, part).toBe('system:acme-it/email');
        }
        expect(byQualifiedName(entities, 'acme.it.faxgw').spec.system).toBe('system:acme-it/fax');
    });

    it('leaves spec.system out when a member belongs to several systems, and lists them', async () => {
        const model = await canonicalModelOf();
        const fax = model.services.find(s => s.name === 'acme.it.Fax')!;
        const services = model.services.map(s => (s === fax ? { ...fax, status: 'live', realizedBy: ['acme.it.faxgw', 'acme.it.mx01'] } : s));
        const mx01 = byQualifiedName(await entitiesOf({ ...model, services }), 'acme.it.mx01');
        expect(mx01.spec.system).toBeUndefined();
        expect(annotation(mx01, 'systems')).toBe('system:acme-it/email, system:acme-it/fax');
    });

    it('maps status to lifecycle: live → production, pipeline → experimental, retired → deprecated', async () => {
        const model = await canonicalModelOf();
        const dns = model.services.find(s => s.name === 'acme.it.Dns')!;
        const variants = ['live', 'pipeline', 'retired'].map(status => ({ ...dns, name: `acme.it.Dns${status}`, status }));
        const entities = await entitiesOf({ ...model, services: [...model.services, ...variants] });
        expect(variants.map(v => byQualifiedName(entities, v.name).spec.lifecycle)).toEqual(['production', 'experimental', 'deprecated']);
        const fax = byQualifiedName(entities, 'acme.it.Fax');
        expect(fax.kind).toBe('System');
        expect([annotation(fax, 'status'), fax.metadata.tags]).toEqual(['retired', ['business', 'itsm', 'retired']]);
    });

    it('derives names and namespaces from qualified names: lowercase, at most 63 characters', () => {
        expect(dnsLabel('DnsSecondary')).toBe('dns-secondary');
        expect(dnsLabel('acme.it')).toBe('acme-it');
        expect(dnsLabel('HTTPServer_01')).toBe('http-server-01');
        expect(dnsLabel('Zürich')).toBe('zurich');
        expect(dnsLabel('__')).toBe('unnamed');
        const long = dnsLabel('A'.repeat(40) + 'Bb'.repeat(40));
        expect(long.length).toBeLessThanOrEqual(63);
        expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('resolves name collisions deterministically: every colliding definition gets a hash of its qualified name', async () => {
        const names = assignNames([
            { key: 'a.Email', scope: 's', base: 'email' }, { key: 'a.EMAIL', scope: 's', base: 'email' },
            { key: 'a.Dns', scope: 's', base: 'dns' }, { key: 'b.Email', scope: 't', base: 'email' },
        ]);
        expect(names.get('a.Dns')).toBe('dns');
        expect(names.get('b.Email')).toBe('email');
        expect(names.get('a.Email')).toMatch(/^email-[0-9a-f]{8}$/);
        expect(names.get('a.EMAIL')).toMatch(/^email-[0-9a-f]{8}$/);
        expect(names.get('a.Email')).not.toBe(names.get('a.EMAIL'));

        const model = await canonicalModelOf();
        const dns = model.services.find(s => s.name === 'acme.it.Dns')!;
        const twin = { ...dns, name: 'acme.it.DNS' };
        const once = await entitiesOf({ ...model, services: [...model.services, twin] });
        const again = await entitiesOf({ ...model, services: [twin, ...model.services] });
        const [a, b] = [byQualifiedName(once, 'acme.it.Dns'), byQualifiedName(once, 'acme.it.DNS')];
        expect(a.metadata.name).not.toBe(b.metadata.name);
        expect([a.metadata.name, b.metadata.name]).toEqual(['dns-6f4f5810', 'dns-8f9f3c50']); // as docs/targets/backstage.md says
        expect(byQualifiedName(again, 'acme.it.DNS').metadata.name).toBe(b.metadata.name);
        expect(once.map(refOf)).toEqual(again.map(refOf));
    });

    it('gives definitions without an owner a placeholder Group in their namespace', async () => {
        const model = await canonicalModelOf();
        const cis = model.cis.map(c => (c.name === 'acme.it.faxgw' ? { ...c, owner: undefined } : c));
        const entities = await entitiesOf({ ...model, cis });
        const fax = byQualifiedName(entities, 'acme.it.faxgw');
        expect(fax.spec.owner).toBe('group:acme-it/itsm-unowned');
        expect(annotation(fax, 'owner')).toBe('none');
        expect(entities.filter(e => e.kind === 'Group' && e.metadata.name === 'itsm-unowned')).toHaveLength(1);
    });

    it('puts definitions outside a package into the default namespace', async () => {
        const model = await canonicalModelOf();
        const dns = model.services.find(s => s.name === 'acme.it.Dns')!;
        const lonely = { ...dns, name: 'Lonely', owner: undefined, support: undefined };
        const entity = byQualifiedName(await entitiesOf({ ...model, services: [...model.services, lonely] }), 'Lonely');
        expect([entity.metadata.namespace, entity.metadata.name, entity.spec.owner]).toEqual(['default', 'lonely', 'group:default/itsm-unowned']);
    });

    it('writes the same entities to catalog-info.yaml as to the JSON files, in the same order', async () => {
        const files = generate('backstage', await canonicalModelOf());
        const yaml = files.find(f => f.path === 'catalog-info.yaml')!.content;
        const json = files.filter(f => f.path.endsWith('.json')).map(f => JSON.parse(f.content) as unknown);
        const documents = yaml.split(/^---\n/m).slice(1);
        expect(documents).toHaveLength(json.length);
        documents.forEach((document, i) => expect(document).toBe(toYaml(json[i])));
        if (jsYaml) expect(jsYaml.loadAll(yaml)).toEqual(json);
    });

    it.skipIf(!jsYaml)('quotes every string a YAML reader would not read back as the same string', () => {
        const tricky = ['yes', 'No', 'null', '~', '1', '1.0', '0x1F', '99.9%', '2024-01-01 00:00:00', '10.0.1.21', 'a: b', 'a #b',
            'ends:', ' lead', 'trail ', '#x', '@x', '*x', '&x', '!x', '-x', '[x]', '{x}', '"x"', "'x'", 'line\nbreak', 'tab\t',
            'Zürich', '\u2028', 'mailto:a@b.example', 'group:acme-it/messaging', 'Corporate e-mail, calendars (all staff)'];
        const value = { list: tricky, map: Object.fromEntries(tricky.map(t => [t, t])), empty: [], none: {}, n: 0.999, t: true };
        expect(jsYaml!.load(toYaml(value))).toEqual(value);
        expect(toYaml({ owner: 'group:acme-it/messaging' })).toBe('owner: group:acme-it/messaging\n');
    });

    it('names files by namespace, kind and name, each with the schema of its kind', async () => {
        const files = generate('backstage', await canonicalModelOf());
        const target = findTarget('backstage')!;
        expect(files.map(f => f.path)).toContain('entities/acme-it/system.email.json');
        expect(files.map(f => f.path)).toContain('entities/acme-shared/resource.ad01.json');
        const wrong = { ...(JSON.parse(files.find(f => f.path === 'entities/acme-it/system.email.json')!.content) as Entity) };
        expect(schemaErrors(target.schemaFor('entities/acme-it/system.email.json')!, { ...wrong, spec: { ...wrong.spec, lifecycle: 'production' } }))
            .not.toEqual([]);
        expect(target.schemaFor('catalog-info.yaml')).toBeUndefined();
    });
});
