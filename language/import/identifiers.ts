/**
 * Names from another tool made into names of the language, deterministically
 * and without collisions (docs/import.md, "Names"):
 * - accents are dropped, every run of characters an identifier cannot hold
 *   becomes `_` (a single `-` between letters or digits is kept), and a name
 *   that does not start with a letter or `_` gets a leading `_`;
 * - a reserved word (a keyword of the grammar, case-sensitive) gets a trailing `_`;
 * - qualified names are unique in the workspace whatever the kind, so when
 *   two definitions of one package would get the same name, the first (in the
 *   importer's sorted order) keeps it and the others get `_2`, `_3`, ….
 */
import { AstUtils, GrammarAST } from 'langium';
import { ItsmGrammar } from '../generated/grammar.js';

const IDENTIFIER = /^[_a-zA-Z]\w*(-\w+)*$/;

let reserved: Set<string> | undefined;

/** The grammar's keywords that look like names: none of them can name a definition. */
export function reservedWords(): Set<string> {
    reserved ??= new Set(AstUtils.streamAllContents(ItsmGrammar())
        .filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(word => /^[_a-zA-Z0-9]+$/.test(word)));
    return reserved;
}

export function isIdentifier(text: string): boolean {
    return IDENTIFIER.test(text) && !reservedWords().has(text);
}

/** `Dns Secondary` → `Dns_Secondary`, `web-01` → `web-01`, `2fa` → `_2fa`, `service` → `service_`. */
export function toIdentifier(text: string): string {
    let name = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
        .replace(/--+/g, '_')
        .replace(/[^A-Za-z0-9_-]+/g, '_')
        .replace(/-(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])-/g, '_')
        .replace(/__+/g, '_');
    if (name === '' || name === '_') name = '_unnamed';
    if (!/^[_a-zA-Z]/.test(name)) name = `_${name}`;
    if (reservedWords().has(name)) name = `${name}_`;
    return name;
}

/** `acme-it` → `acme_it`; `acme.it` stays; every part an identifier (the first one not a keyword). */
export function toPackageName(text: string): string {
    return text.split('.').filter(part => part !== '').map(part => toIdentifier(part.replace(/-/g, '_'))).join('.');
}

/** Hands out qualified names, one per key, unique across kinds (case-sensitive, as the language is). */
export class NameAllocator {
    private readonly taken = new Set<string>();
    private readonly byKey = new Map<string, string>();

    /** The qualified name for `key`: `wanted` (made an identifier) in `packageName`, with `_2`, `_3` … when taken. */
    allocate(key: string, packageName: string | undefined, wanted: string): string {
        const known = this.byKey.get(key);
        if (known) return known;
        const base = isIdentifier(wanted) ? wanted : toIdentifier(wanted);
        const qualify = (name: string) => (packageName ? `${packageName}.${name}` : name);
        let qualified = qualify(base);
        for (let n = 2; this.taken.has(qualified); n++) qualified = qualify(`${base}_${n}`);
        this.taken.add(qualified);
        this.byKey.set(key, qualified);
        return qualified;
    }

    get(key: string): string | undefined {
        return this.byKey.get(key);
    }
}
