/**
 * `servicenow`: the catalogue as files to load into a ServiceNow instance,
 * plus `manifest.json` saying in which order: groups and schedules first, CIs
 * (Identification and Reconciliation payloads, one per batch) before the CSDM
 * services and offerings, service relationships after both, SLA definitions
 * after services, change models, then the state models of the other processes
 * and the catalogue items of request items. References are display values (names);
 * see docs/targets/servicenow.md.
 */
import type { CanonicalModel } from '../canonical-model.js';
import { safeSegment } from '../output-writer.js';
import { jsonFile, type GeneratedFile, type GeneratorTarget } from '../target.js';
import { changeModelBundle, changeStateValues, stateChoiceRecords } from './servicenow/change.js';
import { customColumns, irePayloads } from './servicenow/cmdb.js';
import {
    catalogItemRecords, processChoiceRecords, processModelBundle, processStateValues,
} from './servicenow/process-models.js';
import { DATA_SOURCE, type SnRecord } from './servicenow/common.js';
import { snContext } from './servicenow/context.js';
import { scheduleRecords, scheduleSpanRecords } from './servicenow/schedules.js';
import { changeModelSchema, ireSchema, manifestSchema, processModelSchema, TABLE_SCHEMAS } from './servicenow/schemas.js';
import {
    companyRecords, groupRecords, offeringRecords, serviceRecords, serviceRelationRecords,
} from './servicenow/services.js';
import { slaRecords } from './servicenow/slas.js';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestStep {
    order: number;
    file: string;
    kind: 'table' | 'ire' | 'change-model' | 'process-model';
    table?: string;
    tables?: string[];
    method: 'POST';
    endpoint: string;
    records: number;
    relations?: number;
    note?: string;
}

const DISPLAY = 'sysparm_input_display_value=true';

export const CONVENTIONS = {
    tableFiles: 'A table file is a JSON array of records; POST each record, in file order, to the step\'s endpoint.',
    references: 'Reference columns hold display values (names), since sys_ids are not known offline: the endpoints carry sysparm_input_display_value=true, so every value of a table file is a display value (choice labels, d HH:mm:ss durations, YYYY-MM-DD HH:mm:ss schedule times).',
    identifyReconcile: `An ire step's file is one Identification and Reconciliation payload; POST it whole (POST /api/now/identifyreconcile/query first for a dry run). Reference columns are in each item's display_values; relations name items by internal_id (the qualified itsm name). Data source: ${DATA_SOURCE}.`,
    processModels: 'A process-model step (release, incident, problem, request workflows): declare any new state values first (process/sys_choice.json), then enforce the transitions on the table with state flows or business rules; the bundle gives states and transitions as values of the table\'s state field. catalog_items lists the request items the workflow fulfils, with their approval groups.',
    changeModels: 'A change-model step: create the chg_model record, then each sttrm_state with sttrm_model set to it, then each sttrm_state_transition with from_state / to_state replaced by the sys_ids of the states just created (the file gives their state values). approvals lists the groups the model\'s approval flow must ask.',
    correlation: 'correlation_id (CIs, services, offerings) and internal_id carry the qualified itsm name of the definition.',
};

interface Planned { file: GeneratedFile; step: Omit<ManifestStep, 'order'> }

function tableStep(path: string, table: string, rows: SnRecord[], displayValues = true, note?: string): Planned[] {
    if (rows.length === 0) return [];
    return [{
        file: jsonFile(path, rows),
        step: {
            file: path, kind: 'table', table, method: 'POST',
            endpoint: `/api/now/table/${table}${displayValues ? `?${DISPLAY}` : ''}`, records: rows.length,
            ...(note ? { note } : {}),
        },
    }];
}

export function plan(model: CanonicalModel): { planned: Planned[]; customColumns: Record<string, string[]> } {
    const context = snContext(model);
    const payloads = irePayloads(context);
    const width = Math.max(3, String(payloads.length).length);
    const changes = model.workflows.filter(w => w.process === 'change');
    const processes = model.workflows.filter(w => w.process !== 'change');
    const states = changeStateValues(changes);
    const processStates = processStateValues(processes);
    const planned: Planned[] = [
        ...tableStep('groups/sys_user_group.json', 'sys_user_group', groupRecords(context)),
        ...tableStep('companies/core_company.json', 'core_company', companyRecords(context)),
        ...tableStep('schedules/cmn_schedule.json', 'cmn_schedule', scheduleRecords(context)),
        ...tableStep('schedules/cmn_schedule_span.json', 'cmn_schedule_span', scheduleSpanRecords(context)),
        ...payloads.map((payload, index): Planned => {
            const path = `cmdb/ire-batch-${String(index + 1).padStart(width, '0')}.json`;
            return {
                file: jsonFile(path, payload),
                step: {
                    file: path, kind: 'ire', method: 'POST',
                    endpoint: `/api/now/identifyreconcile?sysparm_data_source=${encodeURIComponent(DATA_SOURCE)}`,
                    records: payload.items.length, relations: payload.relations.length,
                },
            };
        }),
        ...tableStep('services/cmdb_ci_service_technical.json', 'cmdb_ci_service_technical', serviceRecords(context, 'cmdb_ci_service_technical')),
        ...tableStep('services/cmdb_ci_service_business.json', 'cmdb_ci_service_business', serviceRecords(context, 'cmdb_ci_service_business')),
        ...tableStep('services/service_offering.json', 'service_offering', offeringRecords(context)),
        ...tableStep('services/cmdb_rel_ci.json', 'cmdb_rel_ci', serviceRelationRecords(context)),
        ...tableStep('slas/contract_sla.json', 'contract_sla', slaRecords(context)),
        ...tableStep('change/sys_choice.json', 'sys_choice', stateChoiceRecords(states), false,
            'change_request.state choices for states the default change model does not have'),
        ...changes.map((workflow): Planned => {
            const bundle = changeModelBundle(workflow, states, context);
            const path = `change/models/${safeSegment(bundle.chg_model.name)}.json`;
            return {
                file: jsonFile(path, bundle),
                step: {
                    file: path, kind: 'change-model', tables: ['chg_model', 'sttrm_state', 'sttrm_state_transition'], method: 'POST',
                    endpoint: `/api/now/table/{table}?${DISPLAY}`,
                    records: 1 + bundle.sttrm_state.length + bundle.sttrm_state_transition.length,
                },
            };
        }),
        ...tableStep('process/sys_choice.json', 'sys_choice', processChoiceRecords(processStates), false,
            'state choices of rm_release, incident, problem and sc_req_item for states without a default choice'),
        ...processes.map((workflow): Planned => {
            const bundle = processModelBundle(workflow, processStates, context);
            const path = `process/${workflow.process}/${safeSegment(context.changeModel(workflow.name))}.json`;
            return {
                file: jsonFile(path, bundle),
                step: {
                    file: path, kind: 'process-model', table: bundle.table, method: 'POST',
                    endpoint: `/api/now/table/{table}?${DISPLAY}`,
                    records: bundle.states.length + bundle.transitions.length,
                    note: `the ${bundle.table} state model to configure (state flows or business rules), not records to POST as they are`,
                },
            };
        }),
        ...tableStep('catalog/sc_cat_item.json', 'sc_cat_item', catalogItemRecords(context)),
    ];
    return { planned, customColumns: customColumns(payloads) };
}

export function generateServiceNow(model: CanonicalModel): GeneratedFile[] {
    const { planned, customColumns: columns } = plan(model);
    const manifest = {
        target: 'servicenow',
        generator: model.generator,
        conventions: CONVENTIONS,
        ...(Object.keys(columns).length > 0 ? { customColumns: columns } : {}),
        steps: planned.map((p, index): ManifestStep => ({ order: index + 1, ...p.step })),
    };
    return [jsonFile(MANIFEST_FILE, manifest), ...planned.map(p => p.file)];
}

export function serviceNowSchemaFor(path: string): object | undefined {
    if (path === MANIFEST_FILE) return manifestSchema;
    if (/^cmdb\/ire-batch-\d+\.json$/.test(path)) return ireSchema;
    if (/^change\/models\/[^/]+\.json$/.test(path)) return changeModelSchema;
    if (/^process\/[a-z]+\/[^/]+\.json$/.test(path)) return processModelSchema;
    const table = /^[a-z]+\/([a-z_]+)\.json$/.exec(path)?.[1];
    return table ? TABLE_SCHEMAS[table] : undefined;
}

export const serviceNowTarget: GeneratorTarget = {
    name: 'servicenow',
    description: 'ServiceNow: IRE payloads for CIs, Table API records for groups, schedules, CSDM services, SLA definitions, change models, release/incident/problem/request state models and catalogue items, and manifest.json with the load order.',
    generate: generateServiceNow,
    schemaFor: serviceNowSchemaFor,
};
