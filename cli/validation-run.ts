/**
 * Links the given files as one workspace, exactly as the language server does,
 * and collects every diagnostic as a finding with a file, a 1-based position,
 * a severity and a rule code.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ItsmConfig } from '../language/config/config-file.js';
import { createItsmServices } from '../language/itsm-module.js';
import type { Severity } from '../language/validation/rule.js';
import type { ItsmIndexManager } from '../language/workspace/index-manager.js';
import type { InputFile } from './input-files.js';

export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

export interface ValidationResult {
    files: InputFile[];
    findings: Finding[];
    documents: LangiumDocument[];
    services: ReturnType<typeof createItsmServices>;
    /** Milliseconds spent in each phase (printed with ITSM_TIMINGS=1). */
    timings: { parse: number; index: number; link: number; validate: number };
}

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export async function validateFiles(files: InputFile[], config?: ItsmConfig): Promise<ValidationResult> {
    const services = createItsmServices(NodeFileSystem);
    services.Itsm.validation.RuleSettings.useConfig(config);
    // One pass over fixed files: nothing asks which references lead to a node (find references, what an edit affects).
    (services.shared.workspace.IndexManager as ItsmIndexManager).indexReferences = false;
    const started = performance.now();
    const documents = files.map(file => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(file.path));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    const parsed = performance.now();
    const builder = services.shared.workspace.DocumentBuilder;
    const marks: Partial<Record<DocumentState, number>> = {};
    for (const state of [DocumentState.ComputedScopes, DocumentState.IndexedReferences, DocumentState.Validated]) {
        builder.onBuildPhase(state, () => { marks[state] = performance.now(); });
    }
    await builder.build(documents, { validation: true });
    const indexed = marks[DocumentState.ComputedScopes] ?? parsed;
    const linked = marks[DocumentState.IndexedReferences] ?? indexed;
    const validated = marks[DocumentState.Validated] ?? linked;
    const timings = { parse: parsed - started, index: indexed - parsed, link: linked - indexed, validate: validated - linked };
    const findings = documents.flatMap((document, i) =>
        (document.diagnostics ?? []).map(diagnostic => toFinding(files[i].display, diagnostic)));
    findings.sort(compareFindings);
    return { files, findings, documents, services, timings };
}

export function toFinding(file: string, diagnostic: Diagnostic): Finding {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
        code: String(diagnostic.code ?? 'unknown'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    };
}

export function compareFindings(a: Finding, b: Finding): number {
    return a.file < b.file ? -1 : a.file > b.file ? 1
        : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function summarise(files: number, findings: Finding[]) {
    const count = (severity: Severity) => findings.filter(f => f.severity === severity).length;
    return { files, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}
