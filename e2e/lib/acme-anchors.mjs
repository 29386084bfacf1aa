// Where the end-to-end checks act in examples/acme, found in the files' text rather than written down as line
// numbers, so that the example can grow (a new property, a new definition) without breaking every client's checks.
// All lines and columns are 1-based.
//   node e2e/lib/acme-anchors.mjs <folder>      prints the anchors as JSON (e2e/run.sh, e2e/neovim-check.sh)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The 1-based line of the first line matching `pattern` at or after line `from`; throws when there is none. */
function lineOf(lines, pattern, file, from = 1) {
    for (let i = from - 1; i < lines.length; i++) if (pattern.test(lines[i])) return i + 1;
    throw new Error(`e2e anchors: no line matching ${pattern} in ${file}${from > 1 ? ` after line ${from}` : ''}`);
}

/** The end of the block that opens on line `open` (the line of its closing brace at the same indentation). */
function blockEnd(lines, open, file) {
    const indent = /^\s*/.exec(lines[open - 1])[0];
    return lineOf(lines, new RegExp(`^${indent}\\}`), file, open + 1);
}

export function acmeAnchors(dir) {
    const read = name => fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/);
    const services = read('services.itsm');
    const people = read('people.itsm');
    const directory = lineOf(services, /^service Directory \{/, 'services.itsm');
    const email = lineOf(services, /^service Email \{/, 'services.itsm');
    const owner = lineOf(services, /^  owner Messaging$/, 'services.itsm', email);
    if (owner > blockEnd(services, email, 'services.itsm')) throw new Error('e2e anchors: service Email has no "owner Messaging" line');
    const support = lineOf(services, /^  support ServiceDesk$/, 'services.itsm');
    const serviceDesk = lineOf(people, /^team ServiceDesk \{/, 'people.itsm');
    const serviceDeskEnd = blockEnd(people, serviceDesk, 'people.itsm');
    if (serviceDeskEnd - serviceDesk < 4) throw new Error('e2e anchors: team ServiceDesk needs three property lines for the formatting check');
    return {
        // services.itsm
        serviceDirectoryLine: directory,
        serviceEmailLine: email,
        serviceEmailEndLine: blockEnd(services, email, 'services.itsm'),
        ownerLine: owner,                      // '  owner Messaging' in service Email; the name starts at column 9
        supportLine: support,                  // '  support ServiceDesk'; the name starts at column 11
        // people.itsm
        teamServiceDeskLine: serviceDesk,
        teamMessagingLine: lineOf(people, /^team Messaging \{/, 'people.itsm'),  // the name starts at column 6
        teamInfrastructureLine: lineOf(people, /^team Infrastructure \{/, 'people.itsm'),
    };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
    const dir = process.argv[2];
    if (!dir) { console.error('usage: node e2e/lib/acme-anchors.mjs <folder>'); process.exit(2); }
    try {
        console.log(JSON.stringify(acmeAnchors(dir), null, 2));
    } catch (error) {
        console.error(error.message);
        process.exit(1);
    }
}
