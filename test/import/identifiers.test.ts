import { describe, expect, it } from 'vitest';
import { isIdentifier, NameAllocator, toIdentifier, toPackageName } from '../../language/import/identifiers.js';

describe('imported names', () => {
    it('become identifiers of the language, deterministically', () => {
        expect(toIdentifier('Dns Secondary')).toBe('Dns_Secondary');
        expect(toIdentifier('web-01')).toBe('web-01');
        expect(toIdentifier('web--01')).toBe('web_01');
        expect(toIdentifier('-edge-')).toBe('_edge_');
        expect(toIdentifier('2fa')).toBe('_2fa');
        expect(toIdentifier('Café Öl')).toBe('Cafe_Ol');
        expect(toIdentifier('service')).toBe('service_');
        expect(toIdentifier('Service')).toBe('Service');
        expect(toIdentifier('日本')).toBe('_unnamed');
        for (const text of ['Dns Secondary', 'web--01', '-edge-', '2fa', 'Café Öl', 'service', '日本', 'a.b/c']) expect(isIdentifier(toIdentifier(text)), text).toBe(true);
        expect(toPackageName('acme-it')).toBe('acme_it');
    });

    it('are unique per qualified name whatever the kind: later ones get _2, _3', () => {
        const names = new NameAllocator();
        expect(names.allocate('group:a', 'p', 'ops')).toBe('p.ops');
        expect(names.allocate('component:a', 'p', 'ops')).toBe('p.ops_2');
        expect(names.allocate('resource:a', 'p', 'ops')).toBe('p.ops_3');
        expect(names.allocate('resource:b', 'q', 'ops')).toBe('q.ops');
        expect(names.allocate('group:a', 'p', 'other')).toBe('p.ops');
        expect(names.get('component:a')).toBe('p.ops_2');
    });
});
