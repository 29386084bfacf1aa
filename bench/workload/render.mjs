// Turns the model into .itsm files: decides which supporting definitions are
// used (an unused calendar or team would be an `unused-definition` hint),
// packs each package's definitions of one kind into files of about 100 lines,
// and writes every reference as its file must: a simple name within the
// package or through an import, a qualified name otherwise.
import { PLATFORM, SHARED } from './model.mjs';

const MAX_FILE_LINES = 120;
const SINGLE_PACKAGE = 'corp';

const GROUP_TITLES = {
    calendars: 'Calendars and public holidays of every region',
    people: 'Teams',
    classes: 'CI classes: the attributes recorded for each kind of configuration item',
    change: 'Change workflows',
    cmdb: 'Configuration items',
    services: 'Services and their offerings',
    agreements: 'Service level agreements and the agreements that underpin them',
};

/** A renderer that names everything by its unique name and records what is referenced. */
function recorder() {
    const refs = [];
    return { refs, r: { ref: target => { refs.push(target); return target.unique; }, name: def => def.unique } };
}

export function lineCountOf(def) {
    return def.body(recorder().r).length;
}

/** Definitions that are not supporting, and every supporting one some kept definition references. */
function keptDefinitions(defs) {
    const refsOf = new Map();
    for (const def of defs) {
        const { refs, r } = recorder();
        def.lineCount = def.body(r).length;
        refsOf.set(def, refs);
    }
    const kept = new Set(defs.filter(def => !def.supporting));
    const queue = [...kept];
    while (queue.length > 0) {
        for (const target of refsOf.get(queue.pop()) ?? []) {
            if (!kept.has(target)) {
                kept.add(target);
                queue.push(target);
            }
        }
    }
    return defs.filter(def => kept.has(def));
}

function folderOf(pkg) {
    if (pkg === SHARED) return 'shared';
    if (pkg === PLATFORM) return 'platform';
    return pkg.split('.').slice(1).join('/');
}

/** How a file in `pkg`, holding definitions of `group`, writes a reference to `target`. */
function fileRenderer(pkg, group, imports) {
    return {
        name: def => def.name,
        ref: target => {
            if (target.pkg === pkg) return target.name;
            if (target.pkg === SHARED) {
                imports.add(`${SHARED}.*`);
                return target.name;
            }
            if (target.pkg === PLATFORM && group === 'services') {
                imports.add(`${PLATFORM}.*`);
                return target.name;
            }
            return `${target.pkg}.${target.name}`;
        },
    };
}

function describe(pkg, group, defs) {
    const owner = defs[0].owner;
    const where = owner ? owner.title : pkg === SHARED ? 'shared by every unit' : 'the data centre platform';
    return `// ${GROUP_TITLES[group]} — ${where}.`;
}

/** Files as { path, text } for a model; `single` puts everything in one file of one package. */
export function renderWorkspace(model, { single = false } = {}) {
    const defs = keptDefinitions(model.defs);
    if (single) {
        const r = { name: def => def.unique, ref: target => target.unique };
        const body = defs.map(def => def.body(r).join('\n')).join('\n\n');
        const text = `// The whole catalogue of Corp in one file (generated for benchmarks).\n\npackage ${SINGLE_PACKAGE}\n\n${body}\n`;
        return [{ path: 'catalogue.itsm', text }];
    }
    const groups = new Map();
    for (const def of defs) {
        const key = `${def.pkg}|${def.group}`;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(def);
    }
    const files = [];
    for (const [key, members] of groups) {
        const [pkg, group] = key.split('|');
        const chunks = [[]];
        let size = 0;
        for (const def of members) {
            if (size > 0 && size + def.lineCount + 1 > MAX_FILE_LINES) {
                chunks.push([]);
                size = 0;
            }
            chunks[chunks.length - 1].push(def);
            size += def.lineCount + 1;
        }
        chunks.forEach((chunk, i) => {
            const imports = new Set();
            const r = fileRenderer(pkg, group, imports);
            const body = chunk.map(def => def.body(r).join('\n')).join('\n\n');
            const importLines = [...imports].sort().map(target => `import ${target}\n`).join('');
            const text = `${describe(pkg, group, chunk)}\n\npackage ${pkg}\n\n${importLines ? `${importLines}\n` : ''}${body}\n`;
            const name = chunks.length === 1 ? group : `${group}-${String(i + 1).padStart(2, '0')}`;
            files.push({ path: `${folderOf(pkg)}/${name}.itsm`, text });
        });
    }
    return files;
}
