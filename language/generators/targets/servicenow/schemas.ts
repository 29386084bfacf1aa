/**
 * JSON Schemas (draft-07) of every file the `servicenow` target writes,
 * written from ServiceNow's documentation (see docs/targets/servicenow.md):
 * closed objects, so a misspelt column or payload key is an error.
 */
import { RELATION_TYPES } from './cmdb.js';
import { SERVICE_LIFECYCLE, TIER_CRITICALITY } from './common.js';
import { AGREEMENT_TYPES } from './slas.js';

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const text = { type: 'string' };
const name = { type: 'string', minLength: 1 };
const bool = { enum: ['true', 'false'] };
const integerText = { type: 'string', pattern: '^-?\\d+$' };
const lifecycles = Object.values(SERVICE_LIFECYCLE);

/** An array of Table API records of one table: string columns only, the listed ones and no others. */
function tableFile(table: string, required: string[], columns: Record<string, object>): object {
    return {
        $schema: DRAFT,
        title: `ServiceNow Table API records: ${table}`,
        description: `POST each element to /api/now/table/${table}.`,
        type: 'array',
        items: { type: 'object', additionalProperties: false, required, properties: columns },
    };
}

const accountability = {
    owned_by: name,
    managed_by_group: name,
    support_group: name,
    life_cycle_stage: { enum: [...new Set(lifecycles.map(l => l.stage))] },
    life_cycle_stage_status: { enum: [...new Set(lifecycles.map(l => l.stageStatus))] },
    operational_status: { enum: [...new Set(lifecycles.map(l => l.operationalLabel))] },
};

const serviceColumns = {
    name, correlation_id: name, short_description: text,
    service_classification: { enum: ['Business Service', 'Technical Service'] },
    busines_criticality: { enum: Object.values(TIER_CRITICALITY) },
    ...accountability,
};

export const TABLE_SCHEMAS: Record<string, object> = {
    sys_user_group: tableFile('sys_user_group', ['name', 'active'], {
        name, description: text, email: text, manager: name, active: bool,
    }),
    core_company: tableFile('core_company', ['name', 'vendor'], { name, vendor: bool }),
    cmn_schedule: tableFile('cmn_schedule', ['name', 'time_zone'], { name, time_zone: name, description: text }),
    cmn_schedule_span: tableFile('cmn_schedule_span', ['schedule', 'name', 'start_date_time', 'end_date_time', 'all_day'], {
        schedule: name, name,
        type: { enum: ['Excluded'] },
        show_as: { enum: ['Busy'] },
        start_date_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$' },
        end_date_time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$' },
        all_day: bool,
        repeat_type: { enum: ['Daily', 'Weekly'] },
        repeat_count: integerText,
        days_of_week: { type: 'string', pattern: '^[1-7]{1,7}$' },
    }),
    cmdb_ci_service_business: tableFile('cmdb_ci_service_business', ['name', 'service_classification'], serviceColumns),
    cmdb_ci_service_technical: tableFile('cmdb_ci_service_technical', ['name', 'service_classification'], serviceColumns),
    service_offering: tableFile('service_offering', ['name', 'parent'], { ...serviceColumns, parent: name, comments: text }),
    cmdb_rel_ci: tableFile('cmdb_rel_ci', ['parent', 'child', 'type'], { parent: name, child: name, type: { enum: ['Depends on::Used by'] } }),
    contract_sla: tableFile('contract_sla', ['name', 'type', 'target', 'collection', 'duration', 'start_condition', 'stop_condition'], {
        name,
        type: { enum: Object.values(AGREEMENT_TYPES) },
        target: { enum: ['Response', 'Resolution'] },
        collection: { const: 'incident' },
        duration: { type: 'string', pattern: '^\\d+ \\d{2}:\\d{2}:\\d{2}$', description: 'glide_duration display value, d HH:mm:ss' },
        schedule: name,
        timezone_source: { const: "The SLA definition's timezone" },
        timezone: name,
        vendor: name,
        start_condition: text, stop_condition: name, pause_condition: name,
        active: bool,
    }),
    sc_cat_item: tableFile('sc_cat_item', ['name', 'active'], {
        name, short_description: text, description: text,
        delivery_time: { type: 'string', pattern: '^\\d+ \\d{2}:\\d{2}:\\d{2}$', description: 'glide_duration display value, d HH:mm:ss' },
        group: name, active: bool,
    }),
    sys_choice: tableFile('sys_choice', ['name', 'element', 'value', 'label'], {
        name: { enum: ['change_request', 'rm_release', 'incident', 'problem', 'sc_req_item'] }, element: { const: 'state' }, value: integerText, label: name,
        sequence: integerText, language: name,
    }),
};

const sourceInfo = {
    type: 'object', additionalProperties: false, required: ['source_name', 'source_native_key'],
    properties: { source_name: name, source_native_key: name },
};

export const ireSchema = {
    $schema: DRAFT,
    title: 'ServiceNow Identification and Reconciliation payload',
    description: 'Request body of POST /api/now/identifyreconcile (and /identifyreconcile/query for a dry run).',
    type: 'object',
    additionalProperties: false,
    required: ['items', 'relations'],
    properties: {
        items: {
            type: 'array', minItems: 1,
            items: {
                type: 'object', additionalProperties: false, required: ['className', 'internal_id', 'values'],
                properties: {
                    className: { enum: ['cmdb_ci', 'cmdb_ci_appl', 'cmdb_ci_database', 'cmdb_ci_server', 'cmdb_ci_linux_server', 'cmdb_ci_win_server', 'cmdb_ci_esx_server'] },
                    internal_id: name,
                    sys_object_source_info: sourceInfo,
                    values: {
                        type: 'object', required: ['name', 'install_status', 'operational_status'],
                        propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
                        additionalProperties: text,
                        properties: {
                            name,
                            install_status: { enum: ['1', '3', '4', '7'] },
                            operational_status: { enum: ['1', '2', '6'] },
                            used_for: { enum: ['Production', 'Staging', 'Test', 'Development', 'Disaster recovery'] },
                        },
                    },
                    display_values: {
                        type: 'object', additionalProperties: false,
                        properties: { managed_by_group: name, support_group: name, owned_by: name },
                    },
                },
            },
        },
        relations: {
            type: 'array',
            items: {
                type: 'object', additionalProperties: false, required: ['parent_id', 'child_id', 'type'],
                properties: {
                    parent_id: name, child_id: name,
                    type: { enum: [...new Set(Object.values(RELATION_TYPES).map(r => r.type))] },
                },
            },
        },
    },
};

const records = (schema: object) => ({ type: 'array', items: (schema as { items: object }).items });

export const changeModelSchema = {
    $schema: DRAFT,
    title: 'ServiceNow change model bundle',
    description: 'One change model: the chg_model record, its sttrm_state and sttrm_state_transition records, and the approvals its flow requests.',
    type: 'object',
    additionalProperties: false,
    required: ['chg_model', 'sttrm_state', 'sttrm_state_transition', 'approvals', 'itsm'],
    properties: {
        chg_model: {
            type: 'object', additionalProperties: false, required: ['name', 'active'],
            properties: { name, description: text, active: bool, implementation_states: { type: 'string', pattern: '^-?\\d+(,-?\\d+)*$' } },
        },
        sttrm_state: records(tableFile('sttrm_state', ['sttrm_model', 'state_label', 'state_value', 'initial_state'], {
            sttrm_model: name, state_label: name, state_value: integerText, initial_state: bool, sequence: integerText,
        })),
        sttrm_state_transition: records(tableFile('sttrm_state_transition', ['sttrm_model', 'from_state', 'to_state'], {
            sttrm_model: name, from_state: integerText, to_state: integerText, automatic: bool,
        })),
        approvals: {
            type: 'array',
            items: {
                type: 'object', additionalProperties: false, required: ['state', 'state_value', 'approval_groups'],
                properties: { state: name, state_value: integerText, approval_groups: { type: 'array', minItems: 1, items: name } },
            },
        },
        itsm: {
            type: 'object', additionalProperties: false, required: ['workflow', 'notes'],
            properties: { workflow: name, type: { enum: ['standard', 'normal', 'emergency'] }, notes: { type: 'array', items: text } },
        },
    },
};

const step = {
    type: 'object', additionalProperties: false, required: ['order', 'file', 'kind', 'method', 'endpoint', 'records'],
    properties: {
        order: { type: 'integer', minimum: 1 },
        file: name,
        kind: { enum: ['table', 'ire', 'change-model', 'process-model'] },
        table: name,
        tables: { type: 'array', items: name },
        method: { const: 'POST' },
        endpoint: { type: 'string', pattern: '^/api/now/' },
        records: { type: 'integer', minimum: 0 },
        relations: { type: 'integer', minimum: 0 },
        note: text,
    },
};

export const manifestSchema = {
    $schema: DRAFT,
    title: 'itsm servicenow target: load manifest',
    type: 'object',
    additionalProperties: false,
    required: ['target', 'generator', 'conventions', 'steps'],
    properties: {
        target: { const: 'servicenow' },
        generator: { type: 'object', additionalProperties: false, required: ['name', 'version'], properties: { name: { const: 'itsm' }, version: text } },
        conventions: { type: 'object', additionalProperties: text },
        customColumns: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string', pattern: '^u_[a-z0-9_]+$' } } },
        steps: { type: 'array', minItems: 1, items: step },
    },
};

export const processModelSchema = {
    $schema: DRAFT,
    title: 'ServiceNow process state model bundle',
    description: 'The state model of a release, incident, problem or request workflow on its task table: states as values of the table\'s state field, transitions, approvals.',
    type: 'object',
    additionalProperties: false,
    required: ['table', 'field', 'states', 'transitions', 'itsm'],
    properties: {
        table: { enum: ['rm_release', 'incident', 'problem', 'sc_req_item'] },
        field: { const: 'state' },
        states: { type: 'array', minItems: 1, items: {
            type: 'object', additionalProperties: false, required: ['label', 'value', 'initial', 'final', 'roles', 'approval_groups'],
            properties: {
                label: name, value: integerText, initial: { type: 'boolean' }, final: { type: 'boolean' },
                roles: { type: 'array', items: { enum: ['resolved', 'known-error', 'validation', 'deployment'] } },
                approval_groups: { type: 'array', items: name },
            },
        } },
        transitions: { type: 'array', items: {
            type: 'object', additionalProperties: false, required: ['from_state', 'to_state'],
            properties: { from_state: integerText, to_state: integerText },
        } },
        itsm: {
            type: 'object', additionalProperties: false, required: ['workflow', 'process', 'notes'],
            properties: {
                workflow: name, process: { enum: ['release', 'incident', 'problem', 'request'] },
                type: { enum: ['major', 'minor', 'emergency'] }, change_model: name,
                catalog_items: { type: 'array', items: {
                    type: 'object', additionalProperties: false, required: ['item', 'approval_groups'],
                    properties: { item: name, approval_groups: { type: 'array', items: name } },
                } },
                notes: { type: 'array', items: text },
            },
        },
    },
};
