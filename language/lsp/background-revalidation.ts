/**
 * Eventual freshness for findings that depend on files far away. An edit
 * revalidates at once the changed file, the files that reference it, and the
 * files it references or shares names with (workspace/document-builder.ts).
 * A finding can also depend on a file two or more links away — an SLA's hours
 * against the hours of its service's support team in a third file — so once
 * the user pauses, every other file of the workspace is validated again in
 * the background. The next edit cancels that pass (Langium's workspace lock),
 * so typing never waits for it; the pass itself never cancels a build under
 * way (it waits for it), and finishes any build that was cancelled.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { ItsmDocumentBuilder } from '../workspace/document-builder.js';
import { collectGarbageIfGrown } from './idle-gc.js';

export const IDLE_REVALIDATION_MS = 1500;

export class BackgroundRevalidation {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private recentlyBuilt = new Set<string>();

    constructor(private readonly shared: LangiumSharedServices, private readonly delayMs = IDLE_REVALIDATION_MS) {
        const builder = shared.workspace.DocumentBuilder;
        // Remember what the latest update validated: the background pass does the rest.
        builder.onUpdate(() => {
            this.recentlyBuilt = new Set();
            this.schedule();
        });
        builder.onDocumentPhase(DocumentState.Validated, document => { this.recentlyBuilt.add(document.uri.toString()); });
    }

    private schedule(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.revalidate(), this.delayMs);
        this.timer.unref?.();
    }

    private async revalidate(): Promise<void> {
        this.timer = undefined;
        const builder = this.shared.workspace.DocumentBuilder as ItsmDocumentBuilder;
        // A write cancels the one under way: a start-up build cancelled here left the files it had not
        // validated yet without diagnostics until the next edit. Wait for it to finish instead.
        if (builder.busy) {
            this.schedule();
            return;
        }
        const built = this.recentlyBuilt;
        const others = this.shared.workspace.LangiumDocuments.all
            .filter((document: LangiumDocument) => document.state === DocumentState.Validated && !built.has(document.uri.toString()))
            .toArray();
        try {
            if (others.length > 0) await this.shared.workspace.WorkspaceLock.write(token => builder.revalidate(others, token));
        } catch {
            return; // cancelled by the next edit: that edit schedules another pass
        }
        // The user has paused and the workspace is up to date: give back the memory the edits left behind.
        if (!builder.busy) collectGarbageIfGrown();
    }
}
