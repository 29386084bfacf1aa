import { describe, expect, it } from 'vitest';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import { objectTypeExternalId } from '../../language/generators/targets/jsm-assets/spec.js';
import { IMPORT_SCHEMA_URL } from '../../language/generators/targets/jsm-assets/document.js';
import { dataSchema, schemaAndMappingSchema } from '../../language/generators/targets/jsm-assets/json-schemas.js';
import { canonicalModelOf, generate, schemaErrors, targetContract } from './target-harness.js';

interface Attribute {
    externalId: string; name: string; type: string; label?: boolean; referenceObjectTypeExternalId?: string;
    typeValues?: string[]; minimumCardinality?: number; maximumCardinality?: number; unique?: boolean;
}
interface ObjectType { externalId: string; name: string; attributes: Attribute[]; children?: ObjectType[] }
interface AttributeMapping {
    attributeExternalId: string; attributeName: string; attributeLocators: string[]; externalIdPart?: boolean; objectMappingIQL?: string;
}
interface Mapping { objectTypeExternalId: string; objectTypeName: string; selector: string; attributesMapping: AttributeMapping[] }
interface Document {
    $schema: string;
    schema: { objectSchema: { objectTypes: ObjectType[] }; statusSchema: { statuses: Array<{ name: string; category: string }> } };
    mapping: { objectTypeMappings: Mapping[] };
}
type Row = Record<string, unknown>;

async function output(model?: CanonicalModel) {
    const files = generate('jsm-assets', model ?? await canonicalModelOf());
    const document = JSON.parse(files.find(f => f.path === 'schema-and-mapping.json')!.content) as Document;
    const data = (JSON.parse(files.find(f => f.path === 'data.json')!.content) as { data: Record<string, Row[]> }).data;
    const types: ObjectType[] = [];
    const walk = (list: ObjectType[]) => list.forEach(type => { types.push(type); walk(type.children ?? []); });
    walk(document.schema.objectSchema.objectTypes);
    const typeById = new Map(types.map(type => [type.externalId, type]));
    const mappingOf = (name: string) => document.mapping.objectTypeMappings.find(m => m.objectTypeName === name)!;
    const rows = (name: string) => data[mappingOf(name).selector];
    return { files, document, data, types, typeById, mappingOf, rows };
}

describe('jsm-assets target', () => {
    targetContract('jsm-assets');

    it('writes the 2023_10_19 document with external ids on every object type and attribute', async () => {
        const { document, types } = await output();
        expect(document.$schema).toBe(IMPORT_SCHEMA_URL);
        const ids = types.flatMap(type => [type.externalId, ...type.attributes.map(a => a.externalId)]);
        expect(ids.every(id => typeof id === 'string' && id.length > 0)).toBe(true);
        expect(new Set(ids).size, 'external ids are unique').toBe(ids.length);
        for (const type of types) {
            expect(type.attributes.filter(a => a.label), `${type.name} has one label`).toHaveLength(1);
            expect(new Set(type.attributes.map(a => a.name.toLowerCase())).size, `${type.name}: attribute names`).toBe(type.attributes.length);
        }
        expect(new Set(types.map(t => t.name)).size, 'object type names are unique').toBe(types.length);
    });

    it('maps only attributes its object type declares, and references only declared object types', async () => {
        const { document, typeById, types } = await output();
        for (const mapping of document.mapping.objectTypeMappings) {
            const type = typeById.get(mapping.objectTypeExternalId);
            expect(type, mapping.objectTypeExternalId).toBeDefined();
            expect(mapping.objectTypeName).toBe(type!.name);
            for (const attributeMapping of mapping.attributesMapping) {
                const attribute = type!.attributes.find(a => a.externalId === attributeMapping.attributeExternalId);
                expect(attribute, `${type!.name}: ${attributeMapping.attributeExternalId}`).toBeDefined();
                expect(attributeMapping.attributeName).toBe(attribute!.name);
                expect(!!attributeMapping.objectMappingIQL, `${attribute!.name} has an AQL iff it is a reference`)
                    .toBe(attribute!.type === 'referenced_object');
            }
            expect(mapping.attributesMapping.filter(a => a.externalIdPart).map(a => a.attributeName)).toEqual(['Qualified Name']);
        }
        for (const attribute of types.flatMap(t => t.attributes).filter(a => a.type === 'referenced_object')) {
            expect(typeById.has(attribute.referenceObjectTypeExternalId!), attribute.externalId).toBe(true);
        }
        const statuses = new Set(document.schema.statusSchema.statuses.map(s => s.name));
        for (const attribute of types.flatMap(t => t.attributes).filter(a => a.type === 'status')) {
            for (const value of attribute.typeValues!) expect(statuses.has(value), value).toBe(true);
        }
    });

    it('has a data array for every selector, and every record has every field the locators read', async () => {
        const { document, data } = await output();
        const selectors = document.mapping.objectTypeMappings.map(m => m.selector);
        expect(Object.keys(data).sort()).toEqual([...selectors].sort());
        for (const mapping of document.mapping.objectTypeMappings) {
            const locators = mapping.attributesMapping.flatMap(a => a.attributeLocators);
            for (const record of data[mapping.selector]) {
                for (const locator of locators) expect(record, `${mapping.selector}: ${locator}`).toHaveProperty([locator]);
            }
        }
    });

    it('carries every service, offering, team, CI, agreement, agreement target and workflow state, counted from the model', async () => {
        const model = await canonicalModelOf();
        const { rows } = await output(model);
        const names = (name: string) => rows(name).map(r => r.qualifiedName);
        expect(names('Service')).toEqual(model.services.map(s => s.name));
        expect(names('Offering').sort()).toEqual(model.services.flatMap(s => s.offerings.map(o => o.name)).sort());
        expect(names('Team')).toEqual(model.teams.map(t => t.name));
        expect(names('Change Authority')).toEqual(model.changeAuthorities.map(a => a.name));
        expect(names('Agreement')).toEqual(model.agreements.map(a => a.name));
        expect(rows('Agreement').map(r => r.agreementType)).toEqual(model.agreements.map(a => a.type));
        expect(names('Agreement Target')).toEqual(model.agreements.flatMap(a => a.targets.map(t => `${a.name}/${t.priority}`)));
        expect(names('Change Workflow')).toEqual(model.workflows.map(w => w.name));
        expect(names('Workflow State')).toEqual(model.workflows.flatMap(w => w.states.map(s => `${w.name}/${s.name}`)));
        const roles = (r: Record<string, unknown>) => ['resolved', 'knownError', 'validation', 'deployment'].filter(role => r[role] === true);
        expect(rows('Workflow State').filter(r => roles(r).length > 0).map(r => `${r.qualifiedName} ${roles(r).join(',')}`)).toEqual(
            model.workflows.flatMap(w => w.states.filter(s => s.resolved || s.knownError || s.validation || s.deployment)
                .map(s => `${w.name}/${s.name} ${(['resolved', 'knownError', 'validation', 'deployment'] as const).filter(role => s[role]).join(',')}`)));
        expect(rows('Change Workflow').filter(r => r.authorizingChange).map(r => `${r.qualifiedName} ${r.authorizingChange}`)).toEqual([
            'acme.it.HotfixRelease acme.it.EmergencyChange', 'acme.it.MajorRelease acme.it.NormalChange']);
        const ciRows = model.ciClasses.flatMap(c => rows(c.name.slice(c.name.lastIndexOf('.') + 1)));
        expect(ciRows.map(r => r.qualifiedName).sort()).toEqual(model.cis.map(c => c.name).sort());
    });

    it('carries every relationship as a reference on its source CI, in a reference attribute of the target class', async () => {
        const model = await canonicalModelOf();
        const { document, data, typeById } = await output(model);
        const found: string[] = [];
        for (const mapping of document.mapping.objectTypeMappings.filter(m => m.objectTypeExternalId.includes('/ci/'))) {
            const type = typeById.get(mapping.objectTypeExternalId)!;
            for (const attributeMapping of mapping.attributesMapping) {
                const attribute = type.attributes.find(a => a.externalId === attributeMapping.attributeExternalId)!;
                const relationship = /^(Runs On|Hosted On|Depends On|Connects To|Member Of) \(/.exec(attribute.name)?.[1];
                if (!relationship) continue;
                expect(attribute.maximumCardinality).toBe(-1);
                const targetType = typeById.get(attribute.referenceObjectTypeExternalId!)!;
                for (const record of data[mapping.selector]) {
                    for (const target of record[attributeMapping.attributeLocators[0]] as string[]) {
                        found.push(`${record.qualifiedName} ${relationship.toLowerCase().replace(' ', '-')} ${target}`);
                        const targetCi = model.cis.find(c => c.name === target)!;
                        expect(targetCi.class.endsWith(`.${targetType.name}`), `${target} is a ${targetType.name}`).toBe(true);
                    }
                }
            }
        }
        expect(found.sort()).toEqual(model.relationships.map(r => `${r.source} ${r.type} ${r.target}`).sort());
    });

    it('gives agreement targets in minutes and keeps the text as written', async () => {
        const { rows } = await output();
        const gold = rows('Agreement Target').filter(r => String(r.qualifiedName).startsWith('acme.it.Gold/'));
        expect(gold.map(r => [r.name, r.priorityLabel, r.priorityRank, r.responseMinutes, r.resolutionMinutes, r.response, r.resolution])).toEqual([
            ['Gold P1', 'Critical', 1, 15, 240, '15m', '4h'],
            ['Gold P2', 'High', 2, 30, 480, '30m', '8h'],
            ['Gold P3', 'Moderate', 3, 240, 4320, '4h', '3d'],
            ['Gold P4', 'Low', 4, 1440, 7200, '1d', '5d'],
            ['Gold P5', 'Planning', 5, 2880, 14_400, '2d', '10d'],
        ]);
        expect(gold.every(r => r.agreement === 'acme.it.Gold')).toBe(true);
    });

    it('types CI class attributes from their declared types and marks required ones', async () => {
        const { types, rows } = await output();
        const server = types.find(t => t.name === 'Server')!;
        const attribute = (name: string) => server.attributes.find(a => a.name === name)!;
        expect([attribute('os').type, attribute('os').minimumCardinality]).toEqual(['text', 1]);
        expect(attribute('ip').type).toBe('ipaddress');
        expect(attribute('cores').type).toBe('integer');
        const vmhost03 = rows('Server').find(r => r.qualifiedName === 'acme.it.vmhost03')!;
        expect([vmhost03.attr_os, vmhost03.attr_ip, vmhost03.attr_cores]).toEqual(['VMware ESXi 8', '10.0.3.3', 64]);
        const mx01 = rows('Server').find(r => r.qualifiedName === 'acme.it.mx01')!;
        expect(mx01.attr_cores).toBeNull();
        const root = types.find(t => t.name === 'Configuration Item')!;
        expect(root.children!.map(c => c.name)).toEqual(['Application', 'Server', 'Directory']);
    });

    it('maps lifecycles to Assets statuses', async () => {
        const { rows, document } = await output();
        expect(rows('Service').map(r => [r.name, r.status])).toEqual([
            ['Directory', 'Live'], ['Dns', 'Live'], ['DnsSecondary', 'Live'], ['Email', 'Live'], ['Fax', 'Retired']]);
        expect(rows('Server').find(r => r.name === 'faxgw')!.status).toBe('Decommissioned');
        const categories = Object.fromEntries(document.schema.statusSchema.statuses.map(s => [s.name, s.category]));
        expect([categories.Live, categories.Retired, categories.Pipeline, categories.Decommissioned]).toEqual(['active', 'inactive', 'pending', 'inactive']);
    });

    it('resolves references by qualified name within the referenced object type', async () => {
        const { mappingOf, rows } = await output();
        const iql = (type: string, attribute: string) =>
            mappingOf(type).attributesMapping.find(a => a.attributeName === attribute)!.objectMappingIQL;
        expect(iql('Service', 'Owner')).toBe('objectType = "Team" AND "Qualified Name" = ${owner}');
        expect(iql('Service', 'Depends On')).toBe('objectType = "Service" AND "Qualified Name" IN (${dependsOn${0}})');
        expect(iql('Application', 'Runs On (Server)')).toBe('objectType = "Server" AND "Qualified Name" IN (${runsOn_ci_acme_it_Server${0}})');
        const email = rows('Service').find(r => r.name === 'Email')!;
        expect([email.owner, email.dependsOn, email.dependencies, email.realizedBy_ci_acme_it_Application]).toEqual([
            'acme.it.Messaging', ['acme.it.Directory', 'acme.it.Dns', 'acme.it.DnsSecondary'],
            'acme.it.Directory; any of (acme.it.Dns, acme.it.DnsSecondary)', ['acme.it.exchange']]);
        const authorize = rows('Workflow State').find(r => r.qualifiedName === 'acme.it.NormalChange/Authorize')!;
        expect(authorize.approvalBy_change_authority).toEqual(['acme.shared.CAB']);
        expect(authorize.transitionsTo).toEqual(['acme.it.NormalChange/Scheduled', 'acme.it.NormalChange/Assess', 'acme.it.NormalChange/Canceled']);
    });

    it('gives a CI class whose short name is taken its qualified name', async () => {
        const model = structuredClone(await canonicalModelOf());
        model.ciClasses.push({ name: 'acme.other.Service', attributes: [{ name: 'status', type: 'decimal', required: false }], source: { file: 'x', line: 1 } });
        model.cis.push({ name: 'acme.other.s1', class: 'acme.other.Service', status: 'planned', attributes: { status: 2.5 }, hostingChain: [], source: { file: 'x', line: 1 } });
        const { types, rows } = await output(model);
        const type = types.find(t => t.name === 'acme.other.Service')!;
        expect(type.attributes.map(a => [a.name, a.type]).slice(-1)).toEqual([['status (attribute)', 'double']]);
        expect(rows('acme.other.Service')).toEqual([expect.objectContaining({ name: 's1', status: 'Planned', attr_status: 2.5 })]);
    });

    it('declares schemas that reject a misspelt field', () => {
        const misspelt = {
            $schema: IMPORT_SCHEMA_URL,
            schema: { objectSchema: { name: 'x', description: '', objectTypes: [{ externalId: objectTypeExternalId('a'), name: 'A', description: '',
                attributes: [{ externalId: 'x', name: 'B', description: '', type: 'referenced_object', referenceObjectTypeExternalID: 'a' }] }] } },
            mapping: { objectTypeMappings: [] },
        };
        expect(schemaErrors(schemaAndMappingSchema, misspelt).length).toBeGreaterThan(0);
        expect(schemaErrors(dataSchema, { data: { teams: [{ name: 'a', qualifiedName: 'a', 'bad.key': 1 }] } }).length).toBeGreaterThan(0);
        expect(schemaErrors(dataSchema, { data: { teams: [{ name: 'a', qualifiedName: 'a', members: ['x'], tier: null }] } })).toEqual([]);
    });
});
