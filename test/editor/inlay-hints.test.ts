/**
 * Inlay hints: the availability ceiling after a service's or SLA's
 * availability (marked when the promise exceeds it), the underpinning OLA
 * and UC targets after each SLA priority target (marked when looser), and
 * nothing after a plain duration.
 */
import type { InlayHint } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../workspace.js';
import { acmeWorkspace, doc } from './navigation-workspace.js';

async function hints(workspace: TestWorkspace, file: string, range?: InlayHint['position'][]): Promise<string[]> {
    const document = doc(workspace, file);
    const lines = document.textDocument.lineCount;
    const [start, end] = range ?? [{ line: 0, character: 0 }, { line: lines, character: 0 }];
    const result = await workspace.services.Itsm.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() }, range: { start, end },
    }) ?? [];
    // Each hint as the text of its line up to the hint, then the hint.
    return result.map(hint => {
        const line = document.textDocument.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim();
        return `${line} ⟨${typeof hint.label === 'string' ? hint.label : hint.label.map(p => p.value).join('')}⟩`;
    });
}

describe('inlay hints', () => {
    it('shows ceilings and underpinning targets in the example agreements', async () => {
        const workspace = await acmeWorkspace();
        expect(await hints(workspace, 'agreements.itsm')).toEqual([
            'availability 99.9% per month ⟨≤ 99.9499% by dependencies⟩',
            'P1 { response 15m  resolve 4h } ⟨OLA MessagingOLA: 5m / 1h⟩',
            'P2 { response 30m  resolve 8h } ⟨OLA MessagingOLA: 15m / 4h⟩',
            'P3 { response 4h   resolve 3d } ⟨OLA MessagingOLA: 1h / 1d⟩',
            'P4 { response 1d   resolve 5d } ⟨OLA MessagingOLA: 4h / 3d⟩',
            'P5 { response 2d   resolve 10d } ⟨OLA MessagingOLA: 1d / 5d⟩',
            'availability 99.9% per month ⟨≤ 99.9499% by dependencies⟩',
            'P1 { response 5m   resolve 1h } ⟨OLA MessagingOLA: 5m / 1h · UC CarrierUC: 5m / 1h⟩',
            'P2 { response 15m  resolve 4h } ⟨OLA MessagingOLA: 15m / 4h · UC CarrierUC: 15m / 4h⟩',
            'P3 { response 1h   resolve 1d } ⟨OLA MessagingOLA: 1h / 1d · UC CarrierUC: 1h / 1d⟩',
            'P4 { response 4h   resolve 3d } ⟨OLA MessagingOLA: 4h / 3d · UC CarrierUC: 4h / 3d⟩',
            'P5 { response 1d   resolve 5d } ⟨OLA MessagingOLA: 1d / 5d · UC CarrierUC: 1d / 5d⟩',
        ]);
        // A service without dependencies has no ceiling; durations get no hint, except an RTO that dependencies bound.
        expect(await hints(workspace, 'services.itsm')).toEqual([
            'rto 4h ⟨≥ 2h by dependencies⟩',
        ]);
    });

    it('marks a promise above the ceiling, a looser or missing OLA target, and an SLA above its service', async () => {
        const workspace = await buildWorkspace({
            'a.itsm': `team Ops
priority matrix M {
  priorities P1, P2
  urgency high
  impact high -> P1
  impact low -> P2
}
service Directory { availability 99.95% }
service Dns { availability 99.9% }
service Email {
  depends on Directory, Dns
  availability 99.9%
}
service Fax { availability 99% }
sla Gold {
  service Email
  priorities M
  availability 99.8%
  P1 { response 15m resolve 4h }
  P2 { response 1h }
  underpinned by OpsOLA
}
sla Paper {
  service Fax
  availability 99.5%
}
ola OpsOLA {
  provider Ops
  priorities M
  P1 { response 30m resolve 2h }
}
`,
        });
        expect(await hints(workspace, 'a.itsm')).toEqual([
            'availability 99.9% ⟨⚠ ≤ 99.8501% by dependencies⟩',
            'availability 99.8% ⟨≤ 99.8501% by dependencies⟩',
            'P1 { response 15m resolve 4h } ⟨⚠ OLA OpsOLA: 30m / 2h⟩',
            'P2 { response 1h } ⟨OLA OpsOLA: no P2 target⟩',
            'availability 99.5% ⟨⚠ ≤ 99% declared by Fax⟩',
        ]);
    });

    it('answers only for the requested range, with an explanation in the tooltip', async () => {
        const workspace = await acmeWorkspace();
        const document = doc(workspace, 'agreements.itsm');
        const line = document.textDocument.getText().split('\n').findIndex(l => l.includes('sla Platinum'));
        expect(await hints(workspace, 'agreements.itsm', [{ line, character: 0 }, { line: line + 5, character: 0 }]))
            .toEqual(['availability 99.9% per month ⟨≤ 99.9499% by dependencies⟩']);
        const [hint] = await workspace.services.Itsm.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line, character: 0 }, end: { line: line + 5, character: 0 } },
        }) ?? [];
        expect(hint.tooltip).toBe("Composite availability of Email's dependencies: 99.9499% (Directory 99.95% × any of (Dns 99.9%, DnsSecondary 99.9%) 99.9999%)");
        expect(hint.paddingLeft).toBe(true);
    });

    it('marks an RTO that the dependencies cannot meet, and says which RTO decides it', async () => {
        const workspace = await buildWorkspace({ 'a.itsm': 'service Storage { rto 1d }\nservice Dir { depends on Storage }\nservice Mail {\n  rto 4h\n  depends on Dir\n}\n' });
        expect(await hints(workspace, 'a.itsm')).toEqual(['rto 4h ⟨⚠ ≥ 1d by dependencies⟩']);
        const document = doc(workspace, 'a.itsm');
        const [hint] = await workspace.services.Itsm.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
        }) ?? [];
        expect(hint.tooltip).toBe("Mail's dependencies cannot be back before 1d: the RTO of Storage, later than Mail's own RTO");
    });
});
