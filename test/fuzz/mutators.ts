/**
 * The fuzz cases: each one is a pure function of (campaign seed, case index),
 * so a campaign can be split over workers and any case replayed alone
 * (`FUZZ_ONLY=<index>`). Most cases mutate a file of the corpus (every .itsm
 * file under examples/ and test/fixtures/) at token boundaries; every
 * BIG_EVERY-th case is one of the large scenarios (deep nesting, a 1 MB line,
 * many definitions with one name, …); a few carry raw bytes that are read
 * through the CLI's reader (invalid UTF-8 must be exit 2).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { caseSeed, Random } from './prng.js';

export interface CorpusFile {
    name: string;
    text: string;
}

/** A token of the text: offsets into it, and whether it is a comment, a string, a name. */
export interface Span {
    start: number;
    end: number;
    kind: 'id' | 'string' | 'comment' | 'other';
}

export type Tokenize = (text: string) => Span[];

export interface FuzzCase {
    index: number;
    /** What was done, for the report (e.g. `delete-token(acme.itsm)`). */
    kind: string;
    text: string;
    /** Set for byte-level cases: what is written to a file and read by the CLI. */
    bytes?: Uint8Array;
    /** Whether this is one of the large scenarios (its time is reported separately). */
    big?: boolean;
}

export function loadCorpus(root: string): CorpusFile[] {
    const walk = (folder: string): string[] => readdirSync(folder).sort().flatMap(name => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) return walk(full);
        return name.endsWith('.itsm') ? [full] : [];
    });
    return [...walk(path.join(root, 'examples')), ...walk(path.join(root, 'test/fixtures'))]
        .map(file => ({ name: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
}

export const BIG_EVERY = 500;
export const BYTES_EVERY = 97;

const RTL_AND_COMBINING = [
    '\u202E', '\u202D', '\u200F', '\u200E', '\u2067', '\u2069', '\u061C', // bidi controls and marks
    'שלום', 'مرحبا', '\u05D0\u05B8', // Hebrew, Arabic, Hebrew with a point
    'e\u0301', '\u0301', '\u0327\u0308', 'Z\u0351\u0352\u0357\u035B\u0363\u036B', // combining marks, "zalgo"
    '\u200B', '\u200D', '\uFE0F', '👩‍💻', '\uD83D', '\uDE00', // zero-width, emoji ZWJ, lone surrogates
];

const ODD_CHARS = ['\0', '\uFEFF', '\r', '\r\n', '\n\r', '\t', '\v', '\f', '\u00A0', '\u2028', '\u2029', '\u0085', '\x7F', '\uFFFD', '\uFFFF', '"', '\\', '{', '}', '(', ')', '/*', '*/', '//', '..', '-', ':', '%', ','];

/** A random string: printable ASCII, control characters, any UTF-16 unit, or odd characters. */
function randomChars(rng: Random, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) {
        const mode = rng.int(4);
        if (mode === 0) out += String.fromCharCode(32 + rng.int(95));
        else if (mode === 1) out += String.fromCharCode(rng.int(32));
        else if (mode === 2) out += String.fromCharCode(rng.int(0x10000));
        else out += rng.pick(ODD_CHARS);
    }
    return out;
}

function splice(text: string, start: number, end: number, insert: string): string {
    return text.slice(0, start) + insert + text.slice(end);
}

type Mutator = (text: string, spans: Span[], rng: Random, vocabulary: () => string) => [string, string];

const MUTATORS: Record<string, Mutator> = {
    'delete-token': (text, spans, rng) => {
        if (spans.length === 0) return [text, 'noop'];
        const first = rng.int(spans.length);
        const last = Math.min(spans.length - 1, first + rng.int(3));
        return [splice(text, spans[first].start, spans[last].end, ''), `${last - first + 1}`];
    },
    'duplicate-token': (text, spans, rng) => {
        if (spans.length === 0) return [text, 'noop'];
        const span = rng.pick(spans);
        const image = text.slice(span.start, span.end);
        return [splice(text, span.end, span.end, rng.chance(0.5) ? ` ${image}` : image), ''];
    },
    'swap-tokens': (text, spans, rng) => {
        if (spans.length < 2) return [text, 'noop'];
        const i = rng.int(spans.length - 1);
        const j = rng.chance(0.5) ? i + 1 : i + 1 + rng.int(spans.length - i - 1);
        const [a, b] = [spans[i], spans[j]];
        const out = text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
        return [out, j === i + 1 ? 'adjacent' : 'distant'];
    },
    'replace-token': (text, spans, rng, vocabulary) => {
        if (spans.length === 0) return [text, 'noop'];
        const span = rng.pick(spans);
        return [splice(text, span.start, span.end, vocabulary()), ''];
    },
    'insert-token': (text, spans, rng, vocabulary) => {
        const at = spans.length === 0 ? 0 : rng.chance(0.5) ? rng.pick(spans).start : rng.pick(spans).end;
        return [splice(text, at, at, ` ${vocabulary()} `), ''];
    },
    truncate: (text, spans, rng) => {
        const where = rng.int(5);
        if (where === 0 || spans.length === 0) {
            const at = rng.int(text.length + 1);
            return [text.slice(0, at), 'random'];
        }
        const span = rng.pick(spans);
        if (where === 1) return [text.slice(0, span.start), 'token-start'];
        if (where === 2) return [text.slice(0, span.end), 'token-end'];
        if (where === 3) return [text.slice(0, span.start + Math.max(1, rng.int(span.end - span.start))), `inside-${span.kind}`];
        const line = text.indexOf('\n', span.start);
        return [line < 0 ? text : text.slice(0, rng.chance(0.5) ? line : line + 1), 'line-end'];
    },
    'random-bytes': (text, _spans, rng) => {
        let out = text;
        for (let n = 1 + rng.int(4); n > 0; n--) {
            const at = rng.int(out.length + 1);
            out = splice(out, at, rng.chance(0.3) ? Math.min(out.length, at + rng.int(8)) : at, randomChars(rng, 1 + rng.int(16)));
        }
        return [out, ''];
    },
    crlf: (text, _spans, rng) => {
        const mode = rng.int(3);
        if (mode === 0) return [text.replace(/\n/g, '\r\n'), 'all'];
        if (mode === 1) return [text.replace(/\n/g, '\r'), 'cr-only'];
        return [text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\n'])), 'mixed'];
    },
    bom: (text, spans, rng) => {
        if (rng.chance(0.6) || spans.length === 0) return [`\uFEFF${text}`, 'leading'];
        const at = rng.pick(spans).start;
        return [splice(text, at, at, '\uFEFF'), 'inside'];
    },
    nul: (text, spans, rng) => {
        const at = spans.length === 0 || rng.chance(0.3) ? rng.int(text.length + 1) : rng.pick(spans)[rng.chance(0.5) ? 'start' : 'end'];
        return [splice(text, at, at, '\0'.repeat(1 + rng.int(3))), ''];
    },
    'unicode-in-name': (text, spans, rng) => {
        const ids = spans.filter(s => s.kind === 'id');
        if (ids.length === 0) return [text, 'noop'];
        const span = rng.pick(ids);
        const at = span.start + rng.int(span.end - span.start + 1);
        return [splice(text, at, at, rng.pick(RTL_AND_COMBINING)), ''];
    },
    'unicode-in-string': (text, spans, rng) => {
        const strings = spans.filter(s => s.kind === 'string' || s.kind === 'comment');
        if (strings.length === 0) return [text, 'noop'];
        const span = rng.pick(strings);
        const at = span.start + 1 + rng.int(Math.max(1, span.end - span.start - 1));
        let insert = '';
        for (let n = 1 + rng.int(4); n > 0; n--) insert += rng.pick(RTL_AND_COMBINING);
        return [splice(text, at, at, insert), span.kind];
    },
    'splice-files': (text, spans, rng, vocabulary) => {
        // Cut and paste a run of tokens elsewhere in the text.
        if (spans.length < 2) return [text, 'noop'];
        const a = rng.int(spans.length);
        const b = Math.min(spans.length - 1, a + rng.int(20));
        const piece = text.slice(spans[a].start, spans[b].end);
        const at = rng.pick(spans).start;
        return [splice(text, at, at, rng.chance(0.2) ? `${piece} ${vocabulary()}` : `${piece} `), ''];
    },
};

const MUTATOR_NAMES = Object.keys(MUTATORS);

/** The large scenarios, one per BIG_EVERY cases, in turn. */
export const BIG_SCENARIOS: ReadonlyArray<{ name: string; make: (base: string) => string }> = [
    { name: 'nest-braces-10k', make: () => `team T ${'{'.repeat(10_000)}${'}'.repeat(10_000)}\n` },
    { name: 'nest-braces-10k-unclosed', make: () => `service S ${'{'.repeat(10_000)}\n` },
    { name: 'nest-parens-10k', make: () => `service S {\n  availability ${'('.repeat(10_000)}99.9%${')'.repeat(10_000)}\n}\n` },
    { name: 'nest-parens-10k-unclosed', make: base => `${base}\n${'('.repeat(10_000)}\n` },
    { name: 'nest-mixed-10k', make: () => '({'.repeat(5_000) + '})'.repeat(5_000) },
    { name: 'line-1mb-string', make: base => `${base}\nteam Long {\n  description "${'x'.repeat(1 << 20)}"\n}\n` },
    { name: 'line-1mb-comment', make: base => `// ${'c'.repeat(1 << 20)}\n${base}` },
    { name: 'line-1mb-identifier', make: () => `team ${'A'.repeat(1 << 20)} {}\n` },
    { name: 'line-1mb-tokens', make: () => `team T { ${'email "a" '.repeat(Math.floor((1 << 20) / 10))}}` },
    { name: 'line-1mb-unterminated-string', make: () => `team T { email "${'y'.repeat(1 << 20)}\n}\n` },
    { name: 'line-1mb-garbage', make: () => '@#$'.repeat(350_000) },
    { name: 'same-name-definitions', make: () => 'team Dup {}\n'.repeat(SAME_NAME_COUNT) },
    { name: 'same-name-services', make: () => 'team Owner {}\n' + 'service Dup { owner Owner }\n'.repeat(SAME_NAME_COUNT / 4) },
    { name: 'commented-definitions', make: () => Array.from({ length: 3_000 }, (_, i) => `// about T${i}\nteam T${i} {}\n`).join('\n') },
    { name: 'bom-crlf-nul-rtl', make: base => `\uFEFF${base.replace(/\n/g, '\r\n')}\0\u202Eteam \u05D0 {}` },
];

/** How many definitions with one name the big scenario has (what fits the 2 s budget; see docs/reliability.md). */
export const SAME_NAME_COUNT = Number(process.env.FUZZ_SAME_NAME ?? 1000);

/** Byte-level cases: what the CLI's reader gets. Invalid UTF-8 must be a usage error (exit 2). */
function byteCase(rng: Random, base: string): { kind: string; bytes: Uint8Array; valid: boolean } {
    const encoded = Buffer.from(base, 'utf8');
    const BAD = [[0xff], [0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xf0, 0x9f, 0x98]];
    const mode = rng.int(4);
    if (mode === 3) {
        // Valid UTF-8 with a BOM and CRLF: must be read (BOM dropped) and checked like any file.
        return { kind: 'bytes-bom-crlf', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(base.replace(/\n/g, '\r\n'), 'utf8')]), valid: true };
    }
    const bad = Buffer.from(rng.pick(BAD));
    const at = mode === 0 ? 0 : mode === 1 ? encoded.length : rng.int(encoded.length + 1);
    return { kind: `bytes-invalid-utf8-${['start', 'end', 'middle'][mode]}`, bytes: Buffer.concat([encoded.subarray(0, at), bad, encoded.subarray(at)]), valid: false };
}

export class CaseGenerator {
    private readonly spans = new Map<string, Span[]>();
    private readonly vocabulary: string[];

    constructor(readonly corpus: CorpusFile[], private readonly tokenize: Tokenize) {
        const words = new Set<string>();
        for (const file of corpus) {
            const spans = tokenize(file.text);
            this.spans.set(file.name, spans);
            for (const span of spans) if (span.end - span.start < 80) words.add(file.text.slice(span.start, span.end));
        }
        this.vocabulary = [...words].sort();
    }

    caseAt(seed: number, index: number): FuzzCase & { valid?: boolean } {
        const rng = new Random(caseSeed(seed, index));
        const file = rng.pick(this.corpus);
        if (index % BIG_EVERY === BIG_EVERY - 1) {
            const scenario = BIG_SCENARIOS[Math.floor(index / BIG_EVERY) % BIG_SCENARIOS.length];
            return { index, kind: `big:${scenario.name}(${file.name})`, text: scenario.make(file.text), big: true };
        }
        if (index % BYTES_EVERY === BYTES_EVERY - 1) {
            const made = byteCase(rng, file.text);
            return { index, kind: `${made.kind}(${file.name})`, text: '', bytes: made.bytes, valid: made.valid };
        }
        let text = file.text;
        const kinds: string[] = [];
        // Mostly one mutation; sometimes a stack of them.
        const count = rng.chance(0.75) ? 1 : 2 + rng.int(4);
        for (let i = 0; i < count; i++) {
            const spans = i === 0 ? this.spans.get(file.name)! : this.tokenize(text);
            const name = rng.pick(MUTATOR_NAMES);
            const [next, detail] = MUTATORS[name](text, spans, rng, () => rng.pick(this.vocabulary));
            text = next;
            kinds.push(detail ? `${name}:${detail}` : name);
        }
        return { index, kind: `${kinds.join('+')}(${file.name})`, text };
    }
}
