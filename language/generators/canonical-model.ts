/**
 * The canonical model: the whole resolved workspace as one JSON document, the
 * `json` target's output and the input of every other target. References
 * are qualified names; durations are seconds (with the text as written);
 * availabilities are percentages. Arrays are sorted by name so that the same
 * catalogue always gives the same bytes.
 */

/** Bumped on any change of shape: major for removals and renames, minor for additions. */
export const CANONICAL_SCHEMA_VERSION = '1.2.0';

export type QualifiedName = string;

export interface CanonicalModel {
    schemaVersion: string;
    generator: { name: 'itsm'; version: string };
    packages: string[];
    calendars: CalendarModel[];
    holidayLists: HolidayListModel[];
    teams: TeamModel[];
    changeAuthorities: ChangeAuthorityModel[];
    priorityMatrices: PriorityMatrixModel[];
    ciClasses: CiClassModel[];
    cis: CiModel[];
    relationships: RelationshipModel[];
    services: ServiceModel[];
    agreements: AgreementModel[];
    workflows: WorkflowModel[];
    continuityPlans: ContinuityPlanModel[];
    kpis: KpiModel[];
}

interface Source {
    /** Workspace-relative file and 1-based line of the definition. */
    source: { file: string; line: number };
}

export interface WeeklyRangeModel {
    days: string[];
    from: string;
    to: string;
}

export interface CalendarModel extends Source {
    name: QualifiedName;
    timezone?: string;
    always: boolean;
    weekly: WeeklyRangeModel[];
    holidayLists: QualifiedName[];
    description?: string;
    /** Covered hours in a week, before holidays. */
    hoursPerWeek: number;
}

export interface HolidayListModel extends Source {
    name: QualifiedName;
    days: Array<{ date: string; label?: string }>;
}

export interface TeamModel extends Source {
    name: QualifiedName;
    lead?: string;
    email?: string;
    phone?: string;
    hours?: QualifiedName;
    description?: string;
}

export interface ChangeAuthorityModel extends Source {
    name: QualifiedName;
    title?: string;
    emergency: boolean;
    members: QualifiedName[];
    description?: string;
}

export interface PriorityMatrixModel extends Source {
    name: QualifiedName;
    /** Most urgent first; `rank` 1 is the most urgent. */
    priorities: Array<{ name: string; label?: string; rank: number }>;
    urgencies: string[];
    impacts: string[];
    cells: Array<{ impact: string; urgency: string; priority: string }>;
}

export interface CiClassModel extends Source {
    name: QualifiedName;
    extends?: QualifiedName;
    /** Own attributes first, then inherited ones (with `inheritedFrom`). */
    attributes: Array<{ name: string; type: string; required: boolean; inheritedFrom?: QualifiedName }>;
    description?: string;
}

export type AttributeValueModel = string | number | boolean;

export interface CiModel extends Source {
    name: QualifiedName;
    class: QualifiedName;
    environment?: string;
    status: string;
    owner?: QualifiedName;
    description?: string;
    attributes: Record<string, AttributeValueModel>;
    /** The CIs this one runs on or is hosted on, transitively (nearest first). */
    hostingChain: QualifiedName[];
}

export type RelationshipType = 'runs-on' | 'hosted-on' | 'depends-on' | 'connects-to' | 'member-of';

export interface RelationshipModel {
    source: QualifiedName;
    type: RelationshipType;
    target: QualifiedName;
    /** Set when the relationship is one of several alternatives (several runs-on targets, or `any of`). */
    redundancyGroup?: string;
}

export interface ServiceModel extends Source {
    name: QualifiedName;
    kind?: string;
    status: string;
    tier?: number;
    owner?: QualifiedName;
    support?: QualifiedName;
    description?: string;
    availability?: number;
    /** Recovery time and recovery point objectives. */
    rto?: DurationModel;
    rpo?: DurationModel;
    continuityPlan?: QualifiedName;
    /** Each `depends on` clause: `all` needs every service, `any` one of them. */
    dependencies: Array<{ mode: 'all' | 'any'; services: QualifiedName[] }>;
    realizedBy: QualifiedName[];
    offerings: OfferingModel[];
    computed: {
        /** What the dependencies allow at most, in percent (serial multiply, `any of` groups 1 − Π(1 − A)). */
        availabilityCeiling?: number;
        /** Every service this one needs, directly or through others. */
        dependencyClosure: QualifiedName[];
        /** Services that name this one in `depends on`. */
        dependants: QualifiedName[];
        /** The earliest its dependencies let the service be back, and the service whose RTO decides it. */
        recoveryFloor?: { seconds: number; origin: QualifiedName };
    };
}

export interface OfferingModel {
    name: QualifiedName;
    audience?: string;
    slas: QualifiedName[];
    description?: string;
    requestItems: RequestItemModel[];
}

/** A requestable catalogue item of an offering (ServiceNow sc_cat_item). */
export interface RequestItemModel {
    /** The offering's qualified name and the item's: `acme.it.Workplace.Laptops.NewLaptop`. */
    name: QualifiedName;
    title?: string;
    /** The request workflow that fulfils it. */
    fulfilment?: QualifiedName;
    approvals: QualifiedName[];
    /** The fulfilment target, counted in the service hours of the offering's SLA. */
    fulfilWithin?: DurationModel;
    fulfilledBy?: QualifiedName;
    description?: string;
}

export interface DurationModel {
    seconds: number;
    text: string;
}

export interface AgreementModel extends Source {
    name: QualifiedName;
    type: 'SLA' | 'OLA' | 'UC';
    service?: QualifiedName;
    provider?: QualifiedName;
    vendor?: string;
    priorityMatrix?: QualifiedName;
    hours?: QualifiedName;
    availability?: { percent: number; period?: string };
    targets: Array<{ priority: string; response?: DurationModel; resolve?: DurationModel }>;
    underpinnedBy: QualifiedName[];
    description?: string;
}

export interface WorkflowModel extends Source {
    name: QualifiedName;
    process: string;
    type?: string;
    description?: string;
    /** Release workflows: the change workflow that authorizes the release. */
    change?: QualifiedName;
    /** The role flags say what happens in a state: implementation (change), resolved (incident), knownError (problem), validation and deployment (release). */
    states: Array<{
        name: string; initial: boolean; final: boolean; implementation: boolean;
        resolved: boolean; knownError: boolean; validation: boolean; deployment: boolean; approvals: QualifiedName[];
    }>;
    /** `* -> X` is expanded to a transition from every non-final state (marked `fromAny`). */
    transitions: Array<{ from: string; to: string; fromAny?: true }>;
}

export interface ContinuityPlanModel extends Source {
    name: QualifiedName;
    document?: string;
    owner?: QualifiedName;
    /** The date of the last recovery test, YYYY-MM-DD. */
    tested?: string;
    recoverySite?: string;
    description?: string;
    /** The services that name this plan. */
    services: QualifiedName[];
}

export type KpiMeasureKind = 'response' | 'resolution' | 'availability' | 'restore-time' | 'success-rate';

export interface KpiModel extends Source {
    name: QualifiedName;
    /** The KPI's own `service`, else the service of the SLA it measures. */
    service?: QualifiedName;
    process?: QualifiedName;
    owner?: QualifiedName;
    description?: string;
    measure?: {
        kind: KpiMeasureKind;
        agreement?: QualifiedName;
        priority?: string;
        /** For response and resolution: the agreement's time for that priority, which tickets are counted against. */
        within?: DurationModel;
    };
    target?: { direction: '>=' | '<='; percent?: number; duration?: DurationModel; period?: string };
}
