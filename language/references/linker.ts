/**
 * Linking errors that say what kind of thing was expected and suggest the
 * closest name in scope: "Unknown team 'Mesaging'. Did you mean 'Messaging'?"
 */
import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import type { ItsmServices } from '../itsm-module.js';
import { GlobalScope } from './scope-provider.js';
import { closestName } from './string-distance.js';

/** How each reference type is named in messages. */
const KIND_LABELS: Record<string, string> = {
    Team: 'team',
    Calendar: 'calendar',
    HolidayList: 'holiday list',
    PriorityMatrix: 'priority matrix',
    PriorityLevel: 'priority',
    CiClass: 'CI class',
    ConfigurationItem: 'CI',
    AttributeDeclaration: 'attribute',
    Service: 'service',
    Realizer: 'CI or service',
    Sla: 'SLA',
    Underpinning: 'OLA or underpinning contract',
    State: 'state',
    Approver: 'change authority or team',
    Agreement: 'agreement',
    Workflow: 'workflow',
    ContinuityPlan: 'continuity plan',
    Kpi: 'KPI',
};

export function kindLabel(type: string): string {
    return KIND_LABELS[type] ?? type;
}

export interface UnresolvedReferenceData {
    refText: string;
    expectedType: string;
    suggestion?: string;
    /** For an ambiguous name: every definition it could mean. */
    candidates?: string[];
}

export class ItsmLinker extends DefaultLinker {
    constructor(private readonly services: ItsmServices) {
        super(services);
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const referenceType = this.reflection.getReferenceType(refInfo);
        const refText = refInfo.reference.$refText;
        let suggestion: string | undefined;
        const scope = this.scopeProvider.getScope(refInfo);
        const ambiguous = scope instanceof GlobalScope ? scope.ambiguousImports(refText) : [];
        if (ambiguous.length > 1) {
            const names = ambiguous.map(d => `'${d.name}'`);
            error.message = `'${refText}' is ambiguous: ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are all imported with '.*'; write the qualified name, or import the one you mean by name.`;
            (error as LinkingError & { data?: UnresolvedReferenceData }).data = { refText, expectedType: referenceType, candidates: ambiguous.map(d => d.name) };
            return error;
        }
        try {
            // Qualified text is compared with qualified names, plain text with the names as the file sees them.
            const names = refText.includes('.') && scope instanceof GlobalScope
                ? scope.qualifiedNames()
                : scope.getAllElements().map(d => d.name);
            suggestion = closestName(refText, names);
        } catch {
            // A scope that cannot be computed (broken input) just gives no suggestion.
        }
        const context = this.contextPhrase(refInfo);
        let hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
        if (!suggestion && !refText.includes('.')) hint = this.elsewhereHint(refText, referenceType);
        error.message = `Unknown ${kindLabel(referenceType)} '${refText}'${context}.${hint}`;
        (error as LinkingError & { data?: UnresolvedReferenceData }).data = { refText, expectedType: referenceType, suggestion };
        return error;
    }

    /**
     * The name exists, but not where this file looks: in a package it does not
     * import, or as another kind of definition.
     */
    private elsewhereHint(refText: string, referenceType: string): string {
        const definitions = (this.services as ItsmServices).references.DefinitionIndex;
        const sameName = definitions.lookupSimpleName(refText);
        const fitting = sameName.find(d => this.reflection.isSubtype(d.type, referenceType));
        if (fitting) {
            const pkg = fitting.name.slice(0, -refText.length - 1);
            return ` '${fitting.name}' exists: write the qualified name, or add \`import ${pkg}.*\`.`;
        }
        if (sameName[0]) return ` '${sameName[0].name}' is a ${kindLabel(sameName[0].type)}, not a ${kindLabel(referenceType)}.`;
        return '';
    }

    private contextPhrase(refInfo: ReferenceInfo): string {
        const container = refInfo.container as { $type: string; $container?: { name?: string } };
        switch (container.$type) {
            case 'Transition': return container.$container?.name ? ` in workflow ${container.$container.name}` : '';
            case 'PriorityTarget': return ' in the agreement\'s priority matrix';
            case 'KpiMeasure': return ' in the agreement\'s priority matrix';
            case 'AttributeValue': return ' in this CI\'s class';
            default: return '';
        }
    }
}
