/**
 * `itsm import` on catalogues of realistic size, then `itsm validate` on what
 * it wrote (issue #10): a Backstage catalog of 70 entities in 7 multi-document
 * files (test/fixtures/import/backstage-catalog/) and a ServiceNow Table API
 * export of 86 records in 6 files, one per table
 * (test/fixtures/import/servicenow-cmdb/). What each fixture should give is
 * counted from the fixture itself, not written down here.
 *
 * The files must read without syntax errors. The findings validate may make
 * are the ones a catalogue fresh from another tool has: references to what
 * the input did not hold, and ITIL rules about what neither source carries
 * (support groups, SLAs, continuity plans) or what nothing uses yet.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { itsm } from '../cli/run-cli.js';

const ROOT = path.resolve(__dirname, '../..');
const BACKSTAGE = 'test/fixtures/import/backstage-catalog';
const SERVICENOW = 'test/fixtures/import/servicenow-cmdb';

/** Every code validate may report on an imported catalogue; `syntax-error` is not one of them. */
const ALLOWED_FINDINGS = [
    'unresolved-reference', // a reference to what the input did not hold (kept on purpose)
    'service-missing-support', // Backstage has owners, not support groups
    'unused-definition', // a parent group no service or CI names
    'offering-without-sla', // agreements are not in either source
    'critical-service-without-continuity-plan', // nor are continuity plans
];

interface Finding { file: string; line: number; column: number; severity: string; code: string; message: string }

interface Imported {
    stdout: string;
    out: string;
    /** Output file name → text. */
    files: Map<string, string>;
    findings: Finding[];
}

async function importAndValidate(from: string, folder: string, ext: string): Promise<Imported> {
    const out = mkdtempSync(path.join(tmpdir(), `itsm-import-${from}-`));
    const inputs = readdirSync(path.join(ROOT, folder)).filter(f => f.endsWith(ext)).sort().map(f => `${folder}/${f}`);
    const run = await itsm(['import', '--from', from, '--out', out, ...inputs], ROOT);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const files = new Map(readdirSync(out).filter(f => f.endsWith('.itsm')).sort().map(f => [f, readFileSync(path.join(out, f), 'utf8')]));
    const validate = await itsm(['validate', '--format', 'json', out]);
    expect(validate.code, validate.stderr).toBeLessThan(2);
    const findings = (JSON.parse(validate.stdout) as { diagnostics: Finding[] }).diagnostics;
    return { stdout: run.stdout, out, files, findings };
}

/** Top-level definitions as the formatter wrote them: `team x`, `service x`, `ci class x`, `ci x: Class`. */
function definitionsOf(files: Map<string, string>) {
    const count = { team: 0, service: 0, ci: 0, 'ci class': 0, offering: 0 };
    for (const text of files.values()) {
        for (const line of text.split('\n')) {
            const match = /^(team|service|ci class|ci) [^\s{:]+/.exec(line);
            if (match) count[match[1] as keyof typeof count]++;
            if (/^ {2}offering [^\s{]+/.test(line)) count.offering++;
        }
    }
    return count;
}

/** The comment lines right above the definition `<keyword> <name>` in a file's text. */
function notesAbove(text: string, keyword: string, name: string): string[] {
    const lines = text.split('\n');
    const at = lines.findIndex(l => l.startsWith(`${keyword} ${name} `) || l.startsWith(`${keyword} ${name}:`) || l === `${keyword} ${name}`);
    expect(at, `${keyword} ${name} not written`).toBeGreaterThan(0);
    const notes: string[] = [];
    for (let i = at - 1; i >= 0 && lines[i].startsWith('//'); i--) notes.unshift(lines[i].replace(/^\/\/ ?/, ''));
    return notes;
}

/** The text of the line a finding points at. */
function lineOf(imported: Imported, finding: Finding): string {
    const text = imported.files.get(path.basename(finding.file))!;
    return text.split('\n')[finding.line - 1];
}

function expectOnlyAllowedFindings(findings: Finding[]) {
    expect(findings.filter(f => f.code === 'syntax-error')).toEqual([]);
    expect([...new Set(findings.map(f => f.code))].filter(code => !ALLOWED_FINDINGS.includes(code))).toEqual([]);
    // The only errors are references that point nowhere.
    expect(findings.filter(f => f.severity === 'error' && f.code !== 'unresolved-reference')).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Backstage

interface Entity {
    kind: string;
    metadata: { name: string; namespace?: string; title?: string; tags?: string[]; links?: unknown[]; labels?: Record<string, string> };
    spec?: Record<string, unknown>;
    file: string;
}

function readCatalog(): Entity[] {
    const entities: Entity[] = [];
    for (const file of readdirSync(path.join(ROOT, BACKSTAGE)).filter(f => f.endsWith('.yaml')).sort()) {
        for (const document of parseAllDocuments(readFileSync(path.join(ROOT, BACKSTAGE, file), 'utf8'))) {
            const value = document.toJS() as Entity | null;
            if (value?.kind && value.metadata?.name) entities.push({ ...value, file });
        }
    }
    return entities;
}

const MAPPED = ['Group', 'System', 'Component', 'Resource'];
const namespaceOf = (e: Entity) => e.metadata.namespace ?? 'default';
const keyOf = (kind: string, namespace: string, name: string) => `${kind}:${namespace}/${name}`.toLowerCase();
/** `[kind:][namespace/]name` with Backstage's defaults. */
function refKey(ref: string, defaultKind: string, from: Entity): { key: string; name: string } {
    const [kind, rest] = ref.includes(':') ? ref.split(':', 2) : [defaultKind, ref];
    const [namespace, name] = rest.includes('/') ? rest.split('/', 2) : [namespaceOf(from), rest];
    return { key: keyOf(kind, namespace, name), name };
}
/** The name the importer gives: the title when it is already a name of the language, else metadata.name. */
const nameOf = (e: Entity) => (e.metadata.title && /^[_a-zA-Z]\w*(-\w+)*$/.test(e.metadata.title) ? e.metadata.title : e.metadata.name);
const fileOf = (e: Entity) => (namespaceOf(e) === 'default' ? 'catalogue.itsm' : `${namespaceOf(e).replace(/-/g, '_')}.itsm`);
const keywordOf = (e: Entity) => ({ Group: 'team', System: 'service', Component: 'service', Resource: 'ci' } as Record<string, string>)[e.kind];

describe('import --from backstage: a catalog of 70 entities in 7 files, then validate', () => {
    const entities = readCatalog();
    const of = (...kinds: string[]) => entities.filter(e => kinds.includes(e.kind));
    let imported: Imported;
    beforeAll(async () => {
        imported = await importAndValidate('backstage', BACKSTAGE, '.yaml');
    }, 120_000);

    it('the fixture is a catalog of at least 50 entities of every kind the importer meets', () => {
        expect(entities.length).toBeGreaterThanOrEqual(50);
        for (const kind of [...MAPPED, 'API', 'Domain', 'Location', 'User', 'Template']) expect(of(kind).length, kind).toBeGreaterThan(0);
        const components = of('Component');
        expect(new Set(components.map(c => c.spec!.type))).toEqual(new Set(['service', 'website', 'library']));
        expect(new Set(components.map(c => c.spec!.lifecycle))).toEqual(new Set(['production', 'experimental', 'deprecated']));
        for (const type of ['database', 'queue', 'bucket']) expect(of('Resource').some(r => r.spec!.type === type), type).toBe(true);
        expect(of('Group').some(g => g.spec!.parent) && of('Group').some(g => (g.spec!.members as unknown[] | undefined)?.length)).toBe(true);
    });

    it('writes one definition per Group, System, Component and Resource, and one CI class per resource type and package', () => {
        const resourceClasses = new Set(of('Resource').map(r => `${namespaceOf(r)}/${r.spec!.type}`));
        const expected = { team: of('Group').length, service: of('System', 'Component').length, ci: of('Resource').length, 'ci class': resourceClasses.size, offering: 0 };
        expect(definitionsOf(imported.files)).toEqual(expected);
        expect(imported.stdout).toContain(`${expected.service} services, ${expected.team} teams, ${expected.ci} CIs, ${expected['ci class']} CI classes;`);
        // One file per namespace.
        expect([...imported.files.keys()]).toEqual([...new Set(entities.map(fileOf))].sort());
        for (const entity of of(...MAPPED)) expect(notesAbove(imported.files.get(fileOf(entity))!, keywordOf(entity), nameOf(entity))).toBeDefined();
    });

    it('validate reads every file without a syntax error; the findings are references and ITIL rules only', () => {
        expectOnlyAllowedFindings(imported.findings);
        // Live components have owners but no support group in Backstage: each is reported.
        const live = of('Component').filter(c => c.spec!.lifecycle === 'production');
        expect(imported.findings.filter(f => f.code === 'service-missing-support').length).toBe(live.length);
    });

    it('a reference to an entity the catalog does not hold is kept and reported as unresolved-reference at its line', () => {
        const keys = new Set(entities.map(e => keyOf(e.kind, namespaceOf(e), e.metadata.name)));
        const dangling: string[] = [];
        for (const entity of of(...MAPPED)) {
            const refs = [
                ...(typeof entity.spec?.owner === 'string' ? [refKey(entity.spec.owner, 'group', entity)] : []),
                ...((entity.spec?.dependsOn as string[] | undefined) ?? []).map(r => refKey(r, 'component', entity)),
            ];
            dangling.push(...refs.filter(r => !keys.has(r.key)).map(r => r.name));
        }
        expect(dangling.length).toBeGreaterThanOrEqual(3);
        const unresolved = imported.findings.filter(f => f.code === 'unresolved-reference');
        expect(unresolved.map(f => /'([^']+)'/.exec(f.message)![1]).sort()).toEqual(dangling.sort());
        for (const finding of unresolved) {
            expect(finding.severity).toBe('error');
            expect(lineOf(imported, finding)).toContain(/'([^']+)'/.exec(finding.message)![1]);
        }
    });

    it('notes what has no place: whole entities at the top of their file, fields above their definition', () => {
        for (const entity of entities.filter(e => !MAPPED.includes(e.kind))) {
            const text = imported.files.get(fileOf(entity))!;
            const header = text.slice(0, text.indexOf('\n\n'));
            expect(header, `${entity.kind} ${entity.metadata.name}`).toMatch(new RegExp(`^// {3}${entity.kind} ${entity.metadata.name.replace('.', '\\.')} \\(${BACKSTAGE}/${entity.file}:\\d+\\)`, 'm'));
        }
        let checked = 0;
        for (const entity of of(...MAPPED)) {
            const notes = notesAbove(imported.files.get(fileOf(entity))!, keywordOf(entity), nameOf(entity));
            for (const field of ['providesApis', 'consumesApis', 'parent', 'members', 'domain']) {
                if (entity.spec?.[field] === undefined) continue;
                expect(notes, `${entity.metadata.name} spec.${field}`).toContain(`spec.${field} has no place in the catalogue`);
                checked++;
            }
            for (const field of ['tags', 'links', 'labels'] as const) {
                if (entity.metadata[field] === undefined) continue;
                expect(notes.some(n => n.startsWith(`metadata.${field} has no place in the catalogue: `)), `${entity.metadata.name} metadata.${field}`).toBe(true);
                checked++;
            }
            if (entity.kind === 'Component' && entity.spec!.type !== 'service') {
                expect(notes).toContain(`spec.type ${String(entity.spec!.type)}: imported as a technical service`);
                checked++;
            }
        }
        expect(checked).toBeGreaterThan(20);
        const storefront = of('Component').find(c => c.metadata.tags)!;
        expect(notesAbove(imported.files.get(fileOf(storefront))!, 'service', nameOf(storefront)))
            .toContain(`metadata.tags has no place in the catalogue: ${storefront.metadata.tags!.join(', ')}`);
    });
});

// ---------------------------------------------------------------------------------------------
// ServiceNow

type Reference = string | { value: string; link?: string; display_value?: string };
type SnRecord = Record<string, unknown> & { sys_id: string; sys_class_name: string };

function readExport(): SnRecord[] {
    const plain = (v: unknown) => (v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v);
    return readdirSync(path.join(ROOT, SERVICENOW)).filter(f => f.endsWith('.json')).sort().flatMap(file => {
        const { result } = JSON.parse(readFileSync(path.join(ROOT, SERVICENOW, file), 'utf8')) as { result: Array<Record<string, unknown>> };
        // Groups were exported with sysparm_display_value=all (every column {display_value, value}) and without
        // sys_class_name: the file name tells their table.
        return result.map(r => ({ ...r, sys_id: String(plain(r.sys_id)), sys_class_name: String(plain(r.sys_class_name) ?? file.replace(/\.json$/, '')) }) as SnRecord);
    });
}

const idOf = (ref: unknown) => (typeof ref === 'string' ? ref : (ref as { value?: string } | undefined)?.value ?? '');

describe('import --from servicenow: a Table API export of 86 records in 6 files, then validate', () => {
    const records = readExport();
    const isService = (r: SnRecord) => /^cmdb_ci_service/.test(r.sys_class_name);
    const isCi = (r: SnRecord) => /^cmdb_ci_/.test(r.sys_class_name) && !isService(r);
    const ids = new Set(records.map(r => r.sys_id));
    const serviceIds = new Set(records.filter(isService).map(r => r.sys_id));
    let imported: Imported;
    beforeAll(async () => {
        imported = await importAndValidate('servicenow', SERVICENOW, '.json');
    }, 120_000);

    it('the fixture is an export of at least 50 records with {link, value} references', () => {
        expect(records.length).toBeGreaterThanOrEqual(50);
        for (const table of ['sys_user_group', 'cmdb_ci_service_business', 'cmdb_ci_service_technical', 'service_offering', 'cmdb_ci_server',
            'cmdb_ci_linux_server', 'cmdb_ci_db_instance', 'cmdb_ci_app_server', 'cmdb_rel_ci', 'cmdb_rel_type']) {
            expect(records.some(r => r.sys_class_name === table), table).toBe(true);
        }
        const relation = records.find(r => r.sys_class_name === 'cmdb_rel_ci')!;
        expect(relation.parent).toEqual({ link: expect.stringMatching(/^https:\/\/.*\/api\/now\/table\/cmdb_ci\/[0-9a-f]{32}$/), value: expect.stringMatching(/^[0-9a-f]{32}$/) });
    });

    it('writes one definition per group, service and CI, one CI class per table, and the offerings whose parent is exported', () => {
        const offerings = records.filter(r => r.sys_class_name === 'service_offering');
        const expected = {
            team: records.filter(r => r.sys_class_name === 'sys_user_group').length,
            service: records.filter(isService).length,
            ci: records.filter(isCi).length,
            'ci class': new Set(records.filter(isCi).map(r => r.sys_class_name)).size,
            offering: offerings.filter(o => serviceIds.has(idOf(o.parent))).length,
        };
        expect(expected.offering).toBeLessThan(offerings.length);
        expect(definitionsOf(imported.files)).toEqual(expected);
        expect(imported.stdout).toContain(`${expected.service} services, ${expected.team} teams, ${expected.ci} CIs, ${expected['ci class']} CI classes;`);
    });

    it('validate reads the file without a syntax error; the findings are references and ITIL rules only', () => {
        expectOnlyAllowedFindings(imported.findings);
    });

    it('a sys_id the export does not hold is kept (display value or sys_<id>) and reported as unresolved-reference at its line', () => {
        const expectedNames: string[] = [];
        const name = (ref: Reference) => (typeof ref === 'object' && ref.display_value ? ref.display_value.replace(/\W+/g, '_') : `sys_${idOf(ref)}`);
        for (const record of records.filter(r => isService(r) || isCi(r))) {
            const owner = [record.managed_by_group, record.support_group].find(g => idOf(g) !== '');
            for (const group of isService(record) ? [record.managed_by_group, record.support_group] : [owner]) {
                if (idOf(group) && !ids.has(idOf(group))) expectedNames.push(name(group as Reference));
            }
        }
        for (const relation of records.filter(r => r.sys_class_name === 'cmdb_rel_ci' && ids.has(idOf(r.parent)))) {
            if (!ids.has(idOf(relation.child))) expectedNames.push(name(relation.child as Reference));
        }
        expect(expectedNames.length).toBeGreaterThanOrEqual(3);
        const unresolved = imported.findings.filter(f => f.code === 'unresolved-reference');
        expect(unresolved.map(f => /'([^']+)'/.exec(f.message)![1]).sort()).toEqual(expectedNames.sort());
        for (const finding of unresolved) expect(lineOf(imported, finding)).toContain(/'([^']+)'/.exec(finding.message)![1]);
    });

    it('notes what has no place: relations and offerings whose parent is not exported, relation types the language lacks', () => {
        const text = imported.files.get('catalogue.itsm')!;
        const header = text.slice(0, text.indexOf('\n\n'));
        const orphans = records.filter(r => (r.sys_class_name === 'service_offering' && !serviceIds.has(idOf(r.parent)))
            || (r.sys_class_name === 'cmdb_rel_ci' && !ids.has(idOf(r.parent))));
        expect(orphans.length).toBeGreaterThanOrEqual(2);
        for (const orphan of orphans) expect(header).toMatch(new RegExp(`: ${orphan.sys_class_name} .*: its parent (service )?${idOf(orphan.parent)} is not`));
        const typeNames = new Map(records.filter(r => r.sys_class_name === 'cmdb_rel_type').map(r => [r.sys_id, String(r.name)]));
        const mapped = ['Depends on::Used by', 'Runs on::Runs', 'Hosted on::Hosts', 'Members::Member of'];
        const unmapped = records.filter(r => r.sys_class_name === 'cmdb_rel_ci' && ids.has(idOf(r.parent)) && !mapped.includes(typeNames.get(idOf(r.type))!));
        expect(unmapped.length).toBeGreaterThan(0);
        const names = new Map(records.map(r => [r.sys_id, String(r.name)]));
        for (const relation of unmapped) {
            expect(notesAbove(text, 'ci', names.get(idOf(relation.parent))!))
                .toContain(`cmdb_rel_ci ${typeNames.get(idOf(relation.type))!.toLowerCase()} to ${names.get(idOf(relation.child))}: the language has no such relationship`);
        }
    });
});
