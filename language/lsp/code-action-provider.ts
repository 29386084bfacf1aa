/**
 * Quick fixes for the diagnostics the client sends with a code action
 * request: each diagnostic's code selects the fixes registered for it in
 * codefixes/index.ts (one `<what>.codefix.ts` per fix), which read the
 * facts the rule put in the diagnostic's `data`. A fix that fails is logged
 * and left out; the others are still offered.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { ItsmServices } from '../itsm-module.js';
import { fixContext } from './codefixes/codefix.js';
import { fixesFor } from './codefixes/index.js';

export class ItsmCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: ItsmServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const only = params.context.only;
        const wanted = (kind: string | undefined) => !only || only.some(prefix => kind === prefix || kind?.startsWith(`${prefix}.`));
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const context = fixContext(this.services, document, diagnostic);
            if (!context) continue;
            for (const fix of fixesFor(context.code)) {
                try {
                    actions.push(...fix.fixes(context).filter(action => wanted(action.kind)));
                } catch (error) {
                    console.error(`Quick fix ${fix.id} failed on ${context.code}:`, error);
                }
            }
        }
        return actions;
    }
}
