// Builds the catalogue model to a target size: the shared package, the
// platform, then business units until the estimated line count is reached.
import { DOMAINS, REGIONS } from './vocabulary.mjs';
import { Shared, createRandom } from './model.mjs';
import { Platform } from './platform.mjs';
import { buildUnit } from './unit.mjs';
import { lineCountOf } from './render.mjs';

/** Lines a file adds besides its definitions: a comment, the package, imports and blank lines. */
const FILE_OVERHEAD = 6;
const FILE_LINES = 100;

export class Model {
    constructor(seed) {
        this.seed = seed;
        this.defs = [];
        this.techServices = [];
        this.units = [];
        this.unitSlots = DOMAINS.length * REGIONS.length;
        this.addressCounter = 0x010100;
        this.shared = new Shared(this);
        this.platform = new Platform(this);
    }

    add(def) {
        this.defs.push(def);
        return def;
    }

    /** A fresh IPv4 address in 10.0.0.0/8 (no .0 or .255 hosts). */
    ip() {
        let c;
        do c = this.addressCounter++; while ((c & 255) === 0 || (c & 255) === 255);
        return `10.${(c >> 16) & 255}.${(c >> 8) & 255}.${c & 255}`;
    }

    ip6() {
        const c = this.addressCounter;
        return `2001:db8:${(c >> 8).toString(16)}:${(c & 255).toString(16)}::10`;
    }
}

/** The domain and region of the k-th unit: every pair once before any repeats, regions interleaved. */
function slot(k) {
    const d = k % DOMAINS.length;
    const r = (k + Math.floor(k / DOMAINS.length)) % REGIONS.length;
    return [DOMAINS[d], REGIONS[r]];
}

/** The catalogue model with about `lines` lines of text. */
export function buildCatalogue({ lines, seed = 42, singleFile = false }) {
    const model = new Model(seed);
    let counted = 0;
    let total = 0;
    let stackLines = 0;
    let stacks = 0;
    const measure = () => {
        for (; counted < model.defs.length; counted++) total += lineCountOf(model.defs[counted]) + 1;
        return total + (singleFile ? 0 : Math.ceil(total / FILE_LINES) * FILE_OVERHEAD);
    };
    for (let k = 0; measure() < lines; k++) {
        const random = createRandom((seed * 1_000_003 + k * 7919) >>> 0);
        const [domain, region] = slot(k);
        const remaining = lines - measure();
        const perStack = stacks > 0 ? stackLines / stacks : 130;
        let count = random.int(3, 10);
        if (remaining < (count + 1) * perStack) count = Math.max(1, Math.round(remaining / perStack - 0.5));
        const before = measure();
        model.units.push(buildUnit(model, k, domain, region, count, random));
        stackLines += measure() - before;
        stacks += count;
    }
    return model;
}
