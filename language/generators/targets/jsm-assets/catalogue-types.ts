/**
 * The service-management part of the `jsm-assets` target: teams, change
 * authorities, services, offerings, agreements, agreement targets (one per
 * agreement and priority), change workflows and their states.
 */
import type {
    AgreementModel, CanonicalModel, ChangeAuthorityModel, OfferingModel, ServiceModel, TeamModel, WorkflowModel,
} from '../../canonical-model.js';
import { TEAM_KEY, type CiTypes } from './ci-types.js';
import { SERVICE_STATUSES, statusName } from './statuses.js';
import { byText, identity, reference, referencesByType, shortName, type AttributeSpec, type ObjectTypeSpec } from './spec.js';

export const KEYS = {
    team: TEAM_KEY, authority: 'change-authority', service: 'service', offering: 'offering', agreement: 'agreement',
    target: 'agreement-target', workflow: 'change-workflow', state: 'workflow-state',
} as const;

type Offering = OfferingModel & { service: string };
export type AgreementTarget = AgreementModel['targets'][number] & {
    agreement: AgreementModel; qualifiedName: string; label?: string; rank?: number;
};
export type WorkflowState = WorkflowModel['states'][number] & { workflow: WorkflowModel; qualifiedName: string; position: number };

const text = <T>(id: string, name: string, locator: string, description: string, value: (item: T) => string | undefined,
    type: 'text' | 'textarea' | 'email' = 'text'): AttributeSpec<T> => ({ id, name, locator, type, description, value });

const description = <T extends { description?: string }>(what: string): AttributeSpec<T> =>
    text<T>('description', 'Description', 'description', `Description of the ${what}`, item => item.description, 'textarea');

/** Whole minutes of a recovery objective (durations are at least a minute). */
const recoveryMinutes = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.round(seconds / 60));

/** `A/B` names a part of a definition (a priority of an agreement, a state of a workflow). */
export function partName(owner: string, part: string): string {
    return `${owner}/${part}`;
}

export function catalogueTypes(model: CanonicalModel, cis: CiTypes): ObjectTypeSpec[] {
    const team: ObjectTypeSpec<TeamModel> = {
        key: KEYS.team, name: 'Team', selector: 'teams', items: model.teams,
        description: 'Teams that own, support and provide services and configuration items',
        attributes: [
            ...identity<TeamModel>('team', t => t.name),
            text<TeamModel>('lead', 'Lead', 'lead', 'Team lead', t => t.lead),
            text<TeamModel>('email', 'Email', 'email', 'Team e-mail address', t => t.email, 'email'),
            text<TeamModel>('phone', 'Phone', 'phone', 'Team phone number', t => t.phone),
            text<TeamModel>('hours', 'Hours', 'hours', 'Qualified name of the calendar the team works to', t => t.hours),
            description<TeamModel>('team'),
        ],
    };

    const authority: ObjectTypeSpec<ChangeAuthorityModel> = {
        key: KEYS.authority, name: 'Change Authority', selector: 'changeAuthorities', items: model.changeAuthorities,
        description: 'Change advisory boards and other authorities that approve changes',
        attributes: [
            ...identity<ChangeAuthorityModel>('change authority', a => a.name),
            text<ChangeAuthorityModel>('title', 'Title', 'title', 'Full title of the authority', a => a.title),
            { id: 'emergency', name: 'Emergency', locator: 'emergency', type: 'boolean',
                description: 'Whether the authority approves emergency changes', value: a => a.emergency },
            reference<ChangeAuthorityModel>({ id: 'members', name: 'Members', locator: 'members', ref: KEYS.team, many: true,
                description: 'Teams that sit on the authority', value: a => a.members }),
            description<ChangeAuthorityModel>('change authority'),
        ],
    };

    const service: ObjectTypeSpec<ServiceModel> = {
        key: KEYS.service, name: 'Service', selector: 'services', items: model.services,
        description: 'Business and technical services of the catalogue (Kind tells them apart)',
        attributes: [],
    };
    const serviceNames = new Set(model.services.map(s => s.name));
    service.attributes = [
        ...identity<ServiceModel>('service', s => s.name),
        text<ServiceModel>('kind', 'Kind', 'kind', 'business or technical', s => s.kind),
        { id: 'status', name: 'Status', locator: 'status', type: 'status', statuses: Object.values(SERVICE_STATUSES).map(s => s.name),
            description: 'Lifecycle status of the service', value: s => statusName(SERVICE_STATUSES, s.status) },
        { id: 'tier', name: 'Tier', locator: 'tier', type: 'integer', description: 'Criticality tier, 1 (highest) to 4', value: s => s.tier },
        reference<ServiceModel>({ id: 'owner', name: 'Owner', locator: 'owner', ref: KEYS.team,
            description: 'Team accountable for the service', value: s => s.owner }),
        reference<ServiceModel>({ id: 'support', name: 'Support', locator: 'support', ref: KEYS.team,
            description: 'Team that supports the service', value: s => s.support }),
        { id: 'availability', name: 'Availability', locator: 'availability', type: 'double',
            description: 'Availability the service is designed for, in percent', value: s => s.availability },
        { id: 'availability-ceiling', name: 'Availability Ceiling', locator: 'availabilityCeiling', type: 'double',
            description: 'Highest availability its dependencies allow, in percent (computed by itsm)',
            value: s => s.computed.availabilityCeiling },
        { id: 'rto-minutes', name: 'RTO Minutes', locator: 'rtoMinutes', type: 'double',
            description: 'Recovery time objective in minutes: how soon after a disaster the service must be back', value: s => recoveryMinutes(s.rto?.seconds) },
        { id: 'rpo-minutes', name: 'RPO Minutes', locator: 'rpoMinutes', type: 'double',
            description: 'Recovery point objective in minutes: how much data, counted in time, may be lost', value: s => recoveryMinutes(s.rpo?.seconds) },
        text<ServiceModel>('continuity-plan', 'Continuity Plan', 'continuityPlan',
            'Qualified name of the continuity plan that recovers the service', s => s.continuityPlan),
        reference<ServiceModel>({ id: 'depends-on', name: 'Depends On', locator: 'dependsOn', ref: KEYS.service, many: true,
            description: 'Services this one depends on (every clause; see Dependencies for any-of groups)',
            value: s => [...new Set(s.dependencies.flatMap(d => d.services))].sort() }),
        text<ServiceModel>('dependencies', 'Dependencies', 'dependencies',
            'The depends-on clauses as written: all of them are needed, an any-of group needs one of its services',
            s => (s.dependencies.length ? s.dependencies.map(d => (d.mode === 'any' ? `any of (${d.services.join(', ')})` : d.services.join(', '))).join('; ') : undefined)),
        ...referencesByType<ServiceModel>({
            id: 'realized-by', name: 'Realized By', locator: 'realizedBy', description: 'What realizes the service',
            items: model.services, targets: s => s.realizedBy,
            typeOf: target => (serviceNames.has(target) ? service : cis.typeOfCi(target)),
        }),
        description<ServiceModel>('service'),
    ];

    const offerings: Offering[] = model.services.flatMap(s => s.offerings.map(o => ({ ...o, service: s.name })))
        .sort(byText(o => o.name));
    const offering: ObjectTypeSpec<Offering> = {
        key: KEYS.offering, name: 'Offering', selector: 'offerings', items: offerings,
        description: 'Service offerings: a service for an audience at agreed service levels',
        attributes: [
            ...identity<Offering>('offering', o => o.name),
            reference<Offering>({ id: 'service', name: 'Service', locator: 'service', ref: KEYS.service,
                description: 'Service the offering is part of', value: o => o.service }),
            text<Offering>('audience', 'Audience', 'audience', 'Who the offering is for', o => o.audience),
            reference<Offering>({ id: 'slas', name: 'SLAs', locator: 'slas', ref: KEYS.agreement, many: true,
                description: 'Service level agreements of the offering', value: o => o.slas }),
            description<Offering>('offering'),
        ],
    };

    const agreement: ObjectTypeSpec<AgreementModel> = {
        key: KEYS.agreement, name: 'Agreement', selector: 'agreements', items: model.agreements,
        description: 'Service level agreements (SLA), operational level agreements (OLA) and underpinning contracts (UC)',
        attributes: [
            ...identity<AgreementModel>('agreement', a => a.name),
            text<AgreementModel>('agreement-type', 'Agreement Type', 'agreementType', 'SLA, OLA or UC', a => a.type),
            reference<AgreementModel>({ id: 'service', name: 'Service', locator: 'service', ref: KEYS.service,
                description: 'Service the SLA covers', value: a => a.service }),
            reference<AgreementModel>({ id: 'provider', name: 'Provider', locator: 'provider', ref: KEYS.team,
                description: 'Team that provides the OLA', value: a => a.provider }),
            text<AgreementModel>('vendor', 'Vendor', 'vendor', 'Outside vendor of the underpinning contract', a => a.vendor),
            text<AgreementModel>('priority-matrix', 'Priority Matrix', 'priorityMatrix',
                'Qualified name of the priority matrix the targets use', a => a.priorityMatrix),
            text<AgreementModel>('hours', 'Hours', 'hours', 'Qualified name of the calendar the targets are measured in', a => a.hours),
            { id: 'availability', name: 'Availability', locator: 'availability', type: 'double',
                description: 'Agreed availability, in percent', value: a => a.availability?.percent },
            text<AgreementModel>('availability-period', 'Availability Period', 'availabilityPeriod',
                'Period the availability is measured over', a => a.availability?.period),
            reference<AgreementModel>({ id: 'underpinned-by', name: 'Underpinned By', locator: 'underpinnedBy', ref: KEYS.agreement,
                many: true, description: 'OLAs and UCs the SLA relies on', value: a => a.underpinnedBy }),
            description<AgreementModel>('agreement'),
        ],
    };

    const targets: AgreementTarget[] = model.agreements.flatMap(a => {
        const matrix = model.priorityMatrices.find(m => m.name === a.priorityMatrix);
        return a.targets.map(t => {
            const priority = matrix?.priorities.find(p => p.name === t.priority);
            return { ...t, agreement: a, qualifiedName: partName(a.name, t.priority), label: priority?.label, rank: priority?.rank };
        });
    });
    const minutes = (seconds: number | undefined) => (seconds === undefined ? undefined : Math.round(seconds / 60 * 1000) / 1000);
    const target: ObjectTypeSpec<AgreementTarget> = {
        key: KEYS.target, name: 'Agreement Target', selector: 'agreementTargets', items: targets,
        description: 'Response and resolution targets of an agreement for one priority',
        attributes: [
            ...identity<AgreementTarget>('agreement target', t => t.qualifiedName, t => `${shortName(t.agreement.name)} ${t.priority}`),
            reference<AgreementTarget>({ id: 'agreement', name: 'Agreement', locator: 'agreement', ref: KEYS.agreement,
                description: 'Agreement the target belongs to', value: t => t.agreement.name }),
            text<AgreementTarget>('priority', 'Priority', 'priority', 'Priority the target applies to', t => t.priority),
            text<AgreementTarget>('priority-label', 'Priority Label', 'priorityLabel', 'Label of the priority in its matrix', t => t.label),
            { id: 'priority-rank', name: 'Priority Rank', locator: 'priorityRank', type: 'integer',
                description: 'Rank of the priority in its matrix, 1 the most urgent', value: t => t.rank },
            { id: 'response-minutes', name: 'Response Minutes', locator: 'responseMinutes', type: 'double',
                description: 'Response target in minutes (business minutes of the agreement hours)', value: t => minutes(t.response?.seconds) },
            { id: 'resolution-minutes', name: 'Resolution Minutes', locator: 'resolutionMinutes', type: 'double',
                description: 'Resolution target in minutes (business minutes of the agreement hours)', value: t => minutes(t.resolve?.seconds) },
            text<AgreementTarget>('response', 'Response', 'response', 'Response target as written', t => t.response?.text),
            text<AgreementTarget>('resolution', 'Resolution', 'resolution', 'Resolution target as written', t => t.resolve?.text),
        ],
    };

    const workflow: ObjectTypeSpec<WorkflowModel> = {
        key: KEYS.workflow, name: 'Change Workflow', selector: 'changeWorkflows', items: model.workflows,
        description: 'Workflows of change, release, incident, problem and request: the states a record goes through',
        attributes: [
            ...identity<WorkflowModel>('workflow', w => w.name),
            text<WorkflowModel>('process', 'Process', 'process', 'Process the workflow belongs to', w => w.process),
            text<WorkflowModel>('change-type', 'Change Type', 'changeType', 'standard, normal or emergency (change); major, minor or emergency (release)', w => w.type),
            text<WorkflowModel>('authorizing-change', 'Authorizing Change', 'authorizingChange', 'Change workflow that authorizes a release (qualified name)', w => w.change),
            description<WorkflowModel>('workflow'),
        ],
    };

    const states: WorkflowState[] = model.workflows.flatMap(w => w.states.map((s, index) => ({
        ...s, workflow: w, qualifiedName: partName(w.name, s.name), position: index + 1,
    })));
    const approverType = (name: string) => (model.changeAuthorities.some(a => a.name === name) ? authority
        : model.teams.some(t => t.name === name) ? team : undefined);
    const state: ObjectTypeSpec<WorkflowState> = {
        key: KEYS.state, name: 'Workflow State', selector: 'workflowStates', items: states,
        description: 'States of the workflows, with the transitions out of each',
        attributes: [
            ...identity<WorkflowState>('state', s => s.qualifiedName, s => s.name),
            reference<WorkflowState>({ id: 'workflow', name: 'Workflow', locator: 'workflow', ref: KEYS.workflow,
                description: 'Workflow the state belongs to', value: s => s.workflow.name }),
            { id: 'position', name: 'Position', locator: 'position', type: 'integer',
                description: 'Position of the state in the workflow, from 1', value: s => s.position },
            { id: 'initial', name: 'Initial', locator: 'initial', type: 'boolean', description: 'Whether changes start here', value: s => s.initial },
            { id: 'final', name: 'Final', locator: 'final', type: 'boolean', description: 'Whether changes end here', value: s => s.final },
            { id: 'implementation', name: 'Implementation', locator: 'implementation', type: 'boolean',
                description: 'Whether the change is implemented in this state', value: s => s.implementation },
            { id: 'resolved', name: 'Resolved', locator: 'resolved', type: 'boolean',
                description: 'Whether an incident is resolved (not yet closed) in this state', value: s => s.resolved },
            { id: 'known-error', name: 'Known Error', locator: 'knownError', type: 'boolean',
                description: 'Whether a problem is a known error in this state', value: s => s.knownError },
            { id: 'validation', name: 'Validation', locator: 'validation', type: 'boolean',
                description: 'Whether a release is tested in this state', value: s => s.validation },
            { id: 'deployment', name: 'Deployment', locator: 'deployment', type: 'boolean',
                description: 'Whether a release is deployed in this state', value: s => s.deployment },
            ...referencesByType<WorkflowState>({
                id: 'approval-by', name: 'Approval By', locator: 'approvalBy', description: 'Who approves changes in this state',
                items: states, targets: s => s.approvals, typeOf: approverType,
            }),
            reference<WorkflowState>({ id: 'transitions-to', name: 'Transitions To', locator: 'transitionsTo', ref: KEYS.state, many: true,
                description: 'States a change can move to from this one',
                value: s => [...new Set(s.workflow.transitions.filter(t => t.from === s.name).map(t => partName(s.workflow.name, t.to)))] }),
        ],
    };

    return [team, authority, service, offering, agreement, target, workflow, state];
}
