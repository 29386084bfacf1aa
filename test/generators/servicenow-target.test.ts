import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalModel } from '../../language/generators/canonical-model.js';
import { serviceNowTarget } from '../../language/generators/targets/servicenow.target.js';
import { changeStateValues } from '../../language/generators/targets/servicenow/change.js';
import { ciClassName, IRE_BATCH_SIZE, serverClass } from '../../language/generators/targets/servicenow/cmdb.js';
import { displayNames, durationDisplay, durationValue } from '../../language/generators/targets/servicenow/common.js';
import { dayNumbers } from '../../language/generators/targets/servicenow/schedules.js';
import { canonicalModelOf, schemaErrors, targetContract } from './target-harness.js';

type Row = Record<string, string>;
interface Ire { items: Array<{ className: string; internal_id: string; values: Row; display_values?: Row }>; relations: Array<{ parent_id: string; child_id: string; type: string }> }
interface Bundle { chg_model: Row; sttrm_state: Row[]; sttrm_state_transition: Row[]; approvals: Array<{ state: string; state_value: string; approval_groups: string[] }>; itsm: { workflow: string; notes: string[] } }
interface Step { order: number; file: string; kind: string; table?: string; records: number; relations?: number }

function files(model: CanonicalModel): Map<string, unknown> {
    return new Map(serviceNowTarget.generate(model).map(f => [f.path, JSON.parse(f.content)]));
}
const simple = (name: string) => name.slice(name.lastIndexOf('.') + 1);
const clone = (model: CanonicalModel): CanonicalModel => structuredClone(model);

describe('servicenow target', () => {
    targetContract('servicenow');

    let model: CanonicalModel;
    let out: Map<string, unknown>;
    let ire: Ire;
    beforeAll(async () => {
        model = await canonicalModelOf();
        out = files(model);
        const batches = [...out.entries()].filter(([path]) => path.startsWith('cmdb/')).map(([, v]) => v as Ire);
        ire = { items: batches.flatMap(b => b.items), relations: batches.flatMap(b => b.relations) };
    });

    it('puts every CI of the example in an IRE payload, once, with its status and owner', () => {
        expect(ire.items.map(i => i.internal_id).sort()).toEqual(model.cis.map(c => c.name).sort());
        for (const ci of model.cis) {
            const item = ire.items.find(i => i.internal_id === ci.name)!;
            expect(item.values.name).toBe(simple(ci.name));
            expect(item.values.correlation_id).toBe(ci.name);
            if (ci.owner) expect(item.display_values?.support_group).toBe(simple(ci.owner));
        }
        expect(ire.items.find(i => i.internal_id === 'acme.it.faxgw')!.values).toMatchObject({ install_status: '7', operational_status: '6' });
    });

    it('puts every relationship in the payload of its CIs, parent and child the way cmdb_rel_type reads', () => {
        expect(ire.relations).toHaveLength(model.relationships.length);
        const types = { 'runs-on': 'Runs on::Runs', 'hosted-on': 'Hosted on::Hosts', 'depends-on': 'Depends on::Used by', 'connects-to': 'Connects to::Connected by', 'member-of': 'Members::Member of' };
        for (const r of model.relationships) {
            const [parent_id, child_id] = r.type === 'member-of' ? [r.target, r.source] : [r.source, r.target];
            expect(ire.relations).toContainEqual({ parent_id, child_id, type: types[r.type] });
        }
    });

    it('maps CI classes: servers by operating system, applications, and cmdb_ci for the rest', () => {
        const byId = new Map(ire.items.map(i => [i.internal_id, i]));
        expect(byId.get('acme.it.mx01')!.className).toBe('cmdb_ci_linux_server');
        expect(byId.get('acme.it.faxgw')!.className).toBe('cmdb_ci_win_server');
        expect(byId.get('acme.it.vmhost03')!.className).toBe('cmdb_ci_esx_server');
        expect(byId.get('acme.it.exchange')!.className).toBe('cmdb_ci_appl');
        expect(byId.get('acme.shared.ad01')!).toMatchObject({ className: 'cmdb_ci', values: { category: 'acme.shared.Directory' } });
        expect(byId.get('acme.it.vmhost03')!.values).toMatchObject({ ip_address: '10.0.3.3', cpu_core_count: '64', os: 'VMware ESXi 8', used_for: 'Production' });
        expect(serverClass('Red Hat Enterprise Linux 9')).toBe('cmdb_ci_linux_server');
        expect(serverClass('FreeBSD 14')).toBe('cmdb_ci_server');
        const classes = new Map([['x.Base', { name: 'x.Base', attributes: [], source: { file: '', line: 1 } }],
            ['x.Special', { name: 'x.Special', extends: 'x.WebServer', attributes: [], source: { file: '', line: 1 } }],
            ['x.WebServer', { name: 'x.WebServer', attributes: [], source: { file: '', line: 1 } }]]);
        const ci = { name: 'x.a', class: 'x.Special', status: 'operational', attributes: { os: 'Ubuntu 24.04' }, hostingChain: [], source: { file: '', line: 1 } };
        expect(ciClassName(ci, classes)).toBe('cmdb_ci_linux_server');
    });

    it('writes every service to the CSDM table of its kind, with owner, support group and life cycle', () => {
        const business = out.get('services/cmdb_ci_service_business.json') as Row[];
        const technical = out.get('services/cmdb_ci_service_technical.json') as Row[];
        expect([...business, ...technical].map(r => r.correlation_id).sort()).toEqual(model.services.map(s => s.name).sort());
        for (const service of model.services) {
            const row = (service.kind === 'technical' ? technical : business).find(r => r.correlation_id === service.name)!;
            expect(row.managed_by_group).toBe(service.owner ? simple(service.owner) : undefined);
            expect(row.support_group).toBe(service.support ? simple(service.support) : undefined);
        }
        expect(business.find(r => r.name === 'Email')).toMatchObject({ life_cycle_stage: 'Operational', life_cycle_stage_status: 'In Use', operational_status: 'Operational', owned_by: 'Jane Doe' });
        expect(business.find(r => r.name === 'Fax')).toMatchObject({ life_cycle_stage: 'End of Life', life_cycle_stage_status: 'Retired', operational_status: 'Retired' });
    });

    it('writes every offering under its service, and every service relationship as Depends on::Used by', () => {
        const offerings = out.get('services/service_offering.json') as Row[];
        const expected = model.services.flatMap(s => s.offerings.map(o => ({ correlation_id: o.name, parent: simple(s.name) })));
        expect(offerings.map(o => ({ correlation_id: o.correlation_id, parent: o.parent }))).toEqual(expect.arrayContaining(expected));
        expect(offerings).toHaveLength(expected.length);
        const relations = out.get('services/cmdb_rel_ci.json') as Row[];
        const edges = model.services.flatMap(s => [...s.dependencies.flatMap(d => d.services), ...s.realizedBy].map(c => `${simple(s.name)} -> ${simple(c)}`));
        expect(relations.map(r => `${r.parent} -> ${r.child}`).sort()).toEqual([...new Set(edges)].sort());
        expect(new Set(relations.map(r => r.type))).toEqual(new Set(['Depends on::Used by']));
    });

    it('writes one SLA definition per agreement, priority and target, with the duration, schedule and time zone', () => {
        const slas = out.get('slas/contract_sla.json') as Row[];
        const expected = model.agreements.flatMap(a => a.targets.flatMap(t => [
            ...(t.response ? [`${simple(a.name)} ${t.priority} response`] : []),
            ...(t.resolve ? [`${simple(a.name)} ${t.priority} resolution`] : []),
        ]));
        expect(slas.map(s => s.name)).toEqual(expected);
        expect(slas.find(s => s.name === 'Gold P1 response')).toMatchObject({
            type: 'SLA', target: 'Response', collection: 'incident', duration: '0 00:15:00', schedule: 'BusinessHours',
            timezone: 'Europe/London', start_condition: 'priority=1^service_offering.name=EmailStandard', stop_condition: 'state!=1',
        });
        expect(slas.find(s => s.name === 'Gold P5 resolution')).toMatchObject({ target: 'Resolution', duration: '10 00:00:00', pause_condition: 'state=3' });
        expect(slas.find(s => s.name === 'MessagingOLA P2 response')).toMatchObject({ type: 'OLA', start_condition: 'priority=2^assignment_group.name=Messaging' });
        expect(slas.find(s => s.name === 'CarrierUC P1 resolution')).toMatchObject({ type: 'Underpinning contract', vendor: 'Telco Ltd', schedule: 'Always', timezone: 'UTC' });
    });

    it('falls back without a priority matrix, hours or calendar time zone', () => {
        const changed = clone(model);
        const gold = changed.agreements.find(a => a.name === 'acme.it.Gold')!;
        delete gold.priorityMatrix;
        delete gold.hours;
        gold.targets.push({ priority: 'Urgent', response: { seconds: 60, text: '1m' } });
        delete changed.calendars.find(c => c.name === 'acme.it.Always')!.timezone;
        const written = files(changed);
        const slas = written.get('slas/contract_sla.json') as Row[];
        expect(slas.find(s => s.name === 'Gold P2 response')).toMatchObject({ start_condition: 'priority=2^service_offering.name=EmailStandard' });
        expect(slas.find(s => s.name === 'Gold P2 response')!.schedule).toBeUndefined();
        expect(slas.find(s => s.name === 'Gold Urgent response')!.start_condition).toBe('priority=Urgent^service_offering.name=EmailStandard');
        const always = slas.find(s => s.name === 'MessagingOLA P1 response')!;
        expect([always.schedule, always.timezone, always.timezone_source]).toEqual(['Always', undefined, undefined]);
        expect((written.get('schedules/cmn_schedule.json') as Row[]).find(s => s.name === 'Always')!.time_zone).toBe('Floating');
        for (const file of serviceNowTarget.generate(changed)) {
            expect(schemaErrors(serviceNowTarget.schemaFor(file.path)!, JSON.parse(file.content)), file.path).toEqual([]);
        }
    });

    it('writes durations as glide_duration display values (and knows the stored form)', () => {
        expect(durationDisplay(900)).toBe('0 00:15:00');
        expect(durationDisplay(3 * 86_400 + 3_661)).toBe('3 01:01:01');
        expect(durationValue(4 * 3600)).toBe('1970-01-01 04:00:00');
        expect(durationValue(3 * 86_400 + 12 * 3600)).toBe('1970-01-04 12:00:00');
    });

    it('writes every workflow state and transition into its change model, default states with default values', () => {
        for (const workflow of model.workflows.filter(w => w.process === 'change')) {
            const bundle = [...out.entries()].find(([p, v]) => p.startsWith('change/models/') && (v as Bundle).itsm.workflow === workflow.name)![1] as Bundle;
            expect(bundle.sttrm_state.map(s => s.state_label)).toEqual(workflow.states.map(s => s.name));
            expect(bundle.sttrm_state_transition).toHaveLength(workflow.transitions.length);
            expect(bundle.sttrm_state.filter(s => s.initial_state === 'true').map(s => s.state_label)).toEqual(workflow.states.filter(s => s.initial).map(s => s.name));
            expect(bundle.approvals.map(a => a.state)).toEqual(workflow.states.filter(s => s.approvals.length > 0).map(s => s.name));
        }
        const normal = out.get('change/models/NormalChange.json') as Bundle;
        expect(Object.fromEntries(normal.sttrm_state.map(s => [s.state_label, s.state_value]))).toEqual({
            New: '-5', Assess: '-4', Authorize: '-3', Scheduled: '-2', Implement: '-1', Review: '0', Closed: '3', Canceled: '4' });
        expect(normal.sttrm_state_transition).toContainEqual({ sttrm_model: 'NormalChange', from_state: '-3', to_state: '-4', automatic: 'false' });
        expect(normal.approvals).toEqual([{ state: 'Authorize', state_value: '-3', approval_groups: ['CAB'] }]);
        expect(normal.chg_model.implementation_states).toBe('-1');
        expect(out.has('change/sys_choice.json')).toBe(false);
    });

    it('gives states the default model lacks new values, one per name, and declares them as choices', () => {
        const changed = clone(model);
        changed.workflows = changed.workflows.filter(w => w.process === 'change');
        changed.workflows[0].states.splice(1, 0, { name: 'Triage', initial: false, final: false, implementation: false, resolved: false, knownError: false, validation: false, deployment: false, approvals: [] });
        changed.workflows[1].states.splice(1, 0, { name: 'Triage', initial: false, final: false, implementation: false, resolved: false, knownError: false, validation: false, deployment: false, approvals: [] },
            { name: 'Peer Review', initial: false, final: false, implementation: false, resolved: false, knownError: false, validation: false, deployment: false, approvals: [] });
        expect(changeStateValues(changed.workflows).custom).toEqual([{ label: 'Triage', value: -6 }, { label: 'Peer Review', value: -7 }]);
        const written = files(changed);
        expect(written.get('change/sys_choice.json')).toEqual([
            { name: 'change_request', element: 'state', value: '-6', label: 'Triage', sequence: '106', language: 'en' },
            { name: 'change_request', element: 'state', value: '-7', label: 'Peer Review', sequence: '107', language: 'en' }]);
        const bundle = written.get('change/models/EmergencyChange.json') as Bundle;
        expect(bundle.itsm.notes[0]).toContain("'Triage'");
        for (const file of serviceNowTarget.generate(changed)) {
            expect(schemaErrors(serviceNowTarget.schemaFor(file.path)!, JSON.parse(file.content)), file.path).toEqual([]);
        }
    });

    it('writes schedules from calendars and groups from teams and change authorities, so references resolve', () => {
        const schedules = out.get('schedules/cmn_schedule.json') as Row[];
        expect(schedules.map(s => s.name)).toEqual(model.calendars.map(c => simple(c.name)));
        const spans = out.get('schedules/cmn_schedule_span.json') as Row[];
        expect(spans.find(s => s.schedule === 'BusinessHours' && s.repeat_type === 'Weekly')).toMatchObject({
            days_of_week: '12345', start_date_time: '2024-01-01 08:00:00', end_date_time: '2024-01-01 18:00:00' });
        expect(spans.filter(s => s.type === 'Excluded').map(s => s.start_date_time.slice(0, 10))).toEqual(model.holidayLists[0].days.map(d => d.date));
        const groups = (out.get('groups/sys_user_group.json') as Row[]).map(g => g.name);
        expect(groups).toEqual([...model.teams, ...model.changeAuthorities].map(t => simple(t.name)).sort());
        const referenced = new Set([
            ...ire.items.flatMap(i => [i.display_values?.support_group, i.display_values?.managed_by_group]),
            ...(['services/cmdb_ci_service_business.json', 'services/cmdb_ci_service_technical.json'].flatMap(f => (out.get(f) as Row[]).flatMap(r => [r.support_group, r.managed_by_group]))),
            ...(Object.values(Object.fromEntries([...out.entries()].filter(([p]) => p.startsWith('change/models/')))) as Bundle[]).flatMap(b => b.approvals.flatMap(a => a.approval_groups)),
        ].filter(Boolean));
        for (const group of referenced) expect(groups).toContain(group);
        for (const sla of out.get('slas/contract_sla.json') as Row[]) expect(schedules.map(s => s.name)).toContain(sla.schedule);
        expect(dayNumbers(['sat..mon'])).toEqual([1, 6, 7]);
        expect(dayNumbers(['mon', 'wed..thu'])).toEqual([1, 3, 4]);
    });

    it('writes a manifest in load order, with each file\'s table or endpoint and record count', () => {
        const manifest = out.get('manifest.json') as { steps: Step[] };
        const order = (file: string) => manifest.steps.find(s => s.file === file)!.order;
        expect(manifest.steps.map(s => s.file).sort()).toEqual([...out.keys()].filter(p => p !== 'manifest.json').sort());
        expect(order('groups/sys_user_group.json')).toBeLessThan(order('cmdb/ire-batch-001.json'));
        expect(order('schedules/cmn_schedule.json')).toBeLessThan(order('schedules/cmn_schedule_span.json'));
        expect(order('cmdb/ire-batch-001.json')).toBeLessThan(order('services/cmdb_ci_service_business.json'));
        expect(order('services/cmdb_ci_service_business.json')).toBeLessThan(order('services/service_offering.json'));
        expect(order('services/service_offering.json')).toBeLessThan(order('services/cmdb_rel_ci.json'));
        expect(order('services/cmdb_rel_ci.json')).toBeLessThan(order('slas/contract_sla.json'));
        expect(order('schedules/cmn_schedule.json')).toBeLessThan(order('slas/contract_sla.json'));
        for (const step of manifest.steps) {
            const content = out.get(step.file);
            if (step.kind === 'table') expect((content as unknown[]).length, step.file).toBe(step.records);
            if (step.kind === 'ire') expect([(content as Ire).items.length, (content as Ire).relations.length]).toEqual([step.records, step.relations]);
            if (step.kind === 'change-model') {
                const b = content as Bundle;
                expect(1 + b.sttrm_state.length + b.sttrm_state_transition.length).toBe(step.records);
            }
        }
    });

    it('maps service and CI life cycles, environments and member-of the right way round', () => {
        const changed = clone(model);
        changed.services.find(s => s.name === 'acme.it.Dns')!.status = 'pipeline';
        const ad01 = changed.cis.find(c => c.name === 'acme.shared.ad01')!;
        Object.assign(ad01, { status: 'planned', environment: 'dr' });
        changed.cis.find(c => c.name === 'acme.it.mx01')!.status = 'maintenance';
        changed.relationships.push({ source: 'acme.it.mx02', type: 'member-of', target: 'acme.it.mx01' });
        const written = files(changed);
        expect((written.get('services/cmdb_ci_service_technical.json') as Row[]).find(r => r.name === 'Dns')).toMatchObject({
            life_cycle_stage: 'Design', life_cycle_stage_status: 'Design', operational_status: 'Non-Operational' });
        const items = (written.get('cmdb/ire-batch-001.json') as Ire).items;
        expect(items.find(i => i.internal_id === 'acme.shared.ad01')!.values).toMatchObject({ install_status: '4', operational_status: '2', used_for: 'Disaster recovery' });
        expect(items.find(i => i.internal_id === 'acme.it.mx01')!.values).toMatchObject({ install_status: '3', operational_status: '2' });
        expect((written.get('cmdb/ire-batch-001.json') as Ire).relations).toContainEqual({ parent_id: 'acme.it.mx01', child_id: 'acme.it.mx02', type: 'Members::Member of' });
    });

    it('names records by simple name unless two would clash, and keeps unknown attributes as u_ columns', () => {
        expect(displayNames(['a.x.Mail', 'b.y.Mail', 'a.x.Web'])).toEqual(new Map([['a.x.Mail', 'a.x.Mail'], ['b.y.Mail', 'b.y.Mail'], ['a.x.Web', 'Web']]));
        const changed = clone(model);
        changed.cis.push({ ...structuredClone(changed.cis.find(c => c.name === 'acme.it.mx01')!), name: 'acme.shared.mx01', attributes: { os: 'Debian 12', rackUnit: 4 } });
        const written = files(changed);
        const items = [...written.entries()].filter(([p]) => p.startsWith('cmdb/')).flatMap(([, v]) => (v as Ire).items);
        expect(items.filter(i => i.values.correlation_id.endsWith('.mx01')).map(i => i.values.name).sort()).toEqual(['acme.it.mx01', 'acme.shared.mx01']);
        expect(items.find(i => i.internal_id === 'acme.shared.mx01')!.values.u_rack_unit).toBe('4');
        expect((written.get('manifest.json') as { customColumns: unknown }).customColumns).toEqual({ cmdb_ci_linux_server: ['u_rack_unit'] });
    });

    it('splits CIs into payloads of at most ' + IRE_BATCH_SIZE + ' items without cutting a connected group', () => {
        const changed = clone(model);
        const template = changed.cis.find(c => c.name === 'acme.it.vmhost03')!;
        for (let i = 0; i < 120; i++) changed.cis.push({ ...structuredClone(template), name: `acme.bulk.host${String(i).padStart(3, '0')}` });
        const written = files(changed);
        const batches = [...written.entries()].filter(([p]) => p.startsWith('cmdb/')).map(([p, v]) => [p, v as Ire] as const);
        expect(batches.map(([p]) => p)).toEqual(['cmdb/ire-batch-001.json', 'cmdb/ire-batch-002.json']);
        for (const [, batch] of batches) {
            expect(batch.items.length).toBeLessThanOrEqual(IRE_BATCH_SIZE);
            const ids = new Set(batch.items.map(i => i.internal_id));
            for (const r of batch.relations) expect(ids.has(r.parent_id) && ids.has(r.child_id)).toBe(true);
        }
        expect(batches.flatMap(([, b]) => b.relations)).toHaveLength(model.relationships.length);
    });

    it('declares schemas strict enough to catch a misspelt column', () => {
        const service = (out.get('services/cmdb_ci_service_business.json') as Row[]).map(r => ({ ...r }));
        service[0].owner = 'Messaging';
        expect(schemaErrors(serviceNowTarget.schemaFor('services/cmdb_ci_service_business.json')!, service)).not.toEqual([]);
        const payload = structuredClone(out.get('cmdb/ire-batch-001.json')) as Ire & { items: Array<Record<string, unknown>> };
        payload.items[0].classname = 'cmdb_ci';
        expect(schemaErrors(serviceNowTarget.schemaFor('cmdb/ire-batch-001.json')!, payload)).not.toEqual([]);
        expect(serviceNowTarget.schemaFor('notes.txt')).toBeUndefined();
    });
});
