import { it } from 'vitest';
import { acmeWorkspace, at, doc } from './navigation-workspace.js';

const cases: Array<[string, string, number?]> = [
    ['services.itsm', 'service E|mail'],
    ['services.itsm', 'service D|irectory'],
    ['agreements.itsm', 'service E|mail'],
    ['agreements.itsm', 'sla G|old'],
    ['agreements.itsm', 'ola M|essagingOLA'],
    ['agreements.itsm', 'P|1 { response 15m'],
    ['agreements.itsm', 'P1 { response 1|5m'],
    ['agreements.itsm', 'P|1 { response 5m', 1],
    ['agreements.itsm', 'availability 9|9.9%'],
    ['cmdb.itsm', 'ci e|xchange'],
    ['cmdb.itsm', 'ci m|x01'],
    ['cmdb.itsm', 'ci class S|erver'],
    ['people.itsm', 'team M|essaging'],
    ['people.itsm', 'team S|erviceDesk'],
    ['people.itsm', 'calendar B|usinessHours'],
    ['people.itsm', 'priority matrix S|tandard'],
    ['people.itsm', 'P|1 "Critical"'],
    ['shared.itsm', 'authority C|AB'],
    ['shared.itsm', '2026-12-2|5'],
    ['shared.itsm', 'holidays U|KBank'],
    ['change.itsm', 'approval by C|AB'],
    ['change.itsm', 'A|uthorize  approval'],
    ['change.itsm', 'change workflow N|ormal'],
    ['change.itsm', 'import acme.sh|ared'],
    ['cmdb.itsm', 'depends on acme.shared.a|d01'],
    ['cmdb.itsm', '  o|s "Debian'],
];
for (const [file, marker, occurrence] of cases) {
    it(`${file} ${marker}`, async () => {
        const ws = await acmeWorkspace();
        const d = doc(ws, file);
        const hover = await ws.services.Itsm.lsp.HoverProvider!.getHoverContent(d, { textDocument: { uri: d.uri.toString() }, position: at(ws, file, marker, occurrence) });
        console.log(`=== ${file} ${marker}\n${(hover?.contents as { value: string } | undefined)?.value}\n`);
    });
}
