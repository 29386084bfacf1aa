/**
 * The last step of validating a document, shared by the CLI and the server:
 * rule levels from `itsm.config.json` (off removes a finding, other levels
 * replace its severity) and suppression comments in the source.
 */
import type { LangiumDocument, ValidationOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ruleDocsUrl } from '../docs-links.js';
import type { ItsmServices } from '../itsm-module.js';
import { ItsmDocumentValidator } from './document-validator.js';
import type { Level } from './rule.js';
import type { RuleSettings } from './rule-settings.js';
import { applySuppressions, suppressionComments } from './suppressions.js';

const SEVERITY: Record<Exclude<Level, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

export class PolicyDocumentValidator extends ItsmDocumentValidator {
    private readonly settings: RuleSettings;

    constructor(services: ItsmServices) {
        super(services);
        this.settings = services.validation.RuleSettings;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        for (const diagnostic of await super.validateDocument(document, options, cancelToken)) {
            const level = diagnostic.code === undefined ? 'error' : this.settings.levelOf(String(diagnostic.code));
            if (level === 'off') continue;
            diagnostic.severity = SEVERITY[level];
            diagnostics.push(diagnostic);
        }
        const comments = suppressionComments(document.parseResult.value, document.textDocument.getText());
        const { kept, problems } = applySuppressions(diagnostics, comments);
        const level = this.settings.levelOf('unused-suppression');
        if (level !== 'off') {
            for (const problem of problems) {
                kept.push({
                    range: problem.range,
                    severity: SEVERITY[level],
                    message: problem.message,
                    code: 'unused-suppression',
                    codeDescription: { href: ruleDocsUrl('unused-suppression') },
                    source: 'itsm',
                    data: { code: 'unused-suppression' },
                });
            }
        }
        return kept;
    }
}
