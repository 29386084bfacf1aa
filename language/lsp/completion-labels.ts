/**
 * How completion items and hovers name each kind of definition ("team",
 * "SLA", "CI class") and the closed value sets of the language ("service
 * kind", "CI status"), so that both say the same thing.
 */
import type { AstNode } from 'langium';
import { packageOf, qualifiedNameOf } from '../references/qualified-names.js';

const DEFINITION_LABELS: Record<string, string> = {
    Service: 'service',
    Offering: 'offering',
    Team: 'team',
    ChangeAuthority: 'change authority',
    Sla: 'SLA',
    Ola: 'OLA',
    UnderpinningContract: 'underpinning contract',
    ConfigurationItem: 'CI',
    CiClass: 'CI class',
    AttributeDeclaration: 'attribute',
    Calendar: 'calendar',
    HolidayList: 'holiday list',
    PriorityMatrix: 'priority matrix',
    PriorityLevel: 'priority',
    UrgencyLevel: 'urgency',
    ImpactRow: 'impact',
    Workflow: 'workflow',
    State: 'state',
    ContinuityPlan: 'continuity plan',
    Kpi: 'KPI',
    RequestItem: 'request item',
};

/** "team", "SLA", "CI class" … for an AST type. */
export function definitionLabel(type: string): string {
    return DEFINITION_LABELS[type] ?? type;
}

/** Data type rules whose keywords are a closed set of values, and how completion names the set. */
export const VALUE_SETS: Record<string, string> = {
    ServiceKind: 'service kind',
    ServiceStatus: 'service status',
    CiStatus: 'CI status',
    Environment: 'environment',
    WorkflowType: 'change or release type',
    WorkflowProcess: 'process',
    AttributeType: 'attribute type',
    MeasurementPeriod: 'measurement period',
    Weekday: 'weekday',
    AgreementTargetMeasure: 'KPI measure',
};

/**
 * Where a definition lives, for a completion detail: its package, or for an
 * offering its service's qualified name; undefined outside any package.
 */
export function homeOf(node: AstNode & { name?: string }): string | undefined {
    const qualified = qualifiedNameOf(node);
    if (qualified && node.name && qualified.length > node.name.length) return qualified.slice(0, -node.name.length - 1);
    return packageOf(node);
}

/** "team · acme.it" */
export function definitionDetail(node: AstNode & { name?: string }, extra?: string): string {
    return [definitionLabel(node.$type), extra, homeOf(node)].filter(Boolean).join(' · ');
}
