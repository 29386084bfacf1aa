/**
 * Linking errors that say what kind of thing was expected and suggest the
 * closest name in scope: "Unknown team 'Mesaging'. Did you mean 'Messaging'?"
 */
import { DefaultLinker, type LinkingError, type ReferenceInfo, type AstNodeDescription } from 'langium';
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
};

export function kindLabel(type: string): string {
    return KIND_LABELS[type] ?? type;
}

export interface UnresolvedReferenceData {
    refText: string;
    expectedType: string;
    suggestion?: string;
}

export class ItsmLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const referenceType = this.reflection.getReferenceType(refInfo);
        const refText = refInfo.reference.$refText;
        let suggestion: string | undefined;
        try {
            const scope = this.scopeProvider.getScope(refInfo);
            // Qualified text is compared with qualified names, plain text with the names as the file sees them.
            const names = refText.includes('.') && scope instanceof GlobalScope
                ? scope.qualifiedNames()
                : scope.getAllElements().map(d => d.name);
            suggestion = closestName(refText, names);
        } catch {
            // A scope that cannot be computed (broken input) just gives no suggestion.
        }
        const context = this.contextPhrase(refInfo);
        error.message = `Unknown ${kindLabel(referenceType)} '${refText}'${context}.` +
            (suggestion ? ` Did you mean '${suggestion}'?` : '');
        (error as LinkingError & { data?: UnresolvedReferenceData }).data = { refText, expectedType: referenceType, suggestion };
        return error;
    }

    private contextPhrase(refInfo: ReferenceInfo): string {
        const container = refInfo.container as { $type: string; $container?: { name?: string } };
        switch (container.$type) {
            case 'Transition': return container.$container?.name ? ` in workflow ${container.$container.name}` : '';
            case 'PriorityTarget': return ' in the agreement\'s priority matrix';
            case 'AttributeValue': return ' in this CI\'s class';
            default: return '';
        }
    }
}
