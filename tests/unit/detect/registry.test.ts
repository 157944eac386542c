import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/core/detect/registry-data';
import { OVERRIDES, SHARED_DOMAIN_OWNER } from '../../../src/core/detect/registry-extra';
import {
  ALL_SITES,
  createRegistry,
  defaultRegistry,
  matchPatterns,
  normaliseDomain,
  normaliseHost,
  registryDomains,
} from '../../../src/core/detect/registry';
import { entryKey } from '../../../src/core/detect/site-entry';
import { REPO_ROOT } from './html';

const registry = createRegistry();
const kommuner = SITES.filter((s) => s.kind === 'kommun');
const regioner = SITES.filter((s) => s.kind === 'region');

describe('registry data', () => {
  it('has all 290 kommuner and 21 regioner, each code once', () => {
    expect(kommuner).toHaveLength(290);
    expect(regioner).toHaveLength(21);
    expect(new Set(kommuner.map((k) => k.code)).size).toBe(290);
    expect(new Set(regioner.map((r) => r.code)).size).toBe(21);
    for (const k of kommuner) expect(k.code).toMatch(/^\d{4}$/);
    for (const r of regioner) expect(r.code).toMatch(/^\d{2}$/);
  });

  it('lists only well-formed bare domains', () => {
    for (const domain of registryDomains()) {
      expect(domain, domain).toMatch(/^(?!www\.)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z]{2,63}$/);
    }
  });

  it('gives every domain to one organisation, or names the owner when the source lists it twice', () => {
    const seen = new Map<string, string>();
    for (const entry of ALL_SITES) {
      for (const domain of entry.domains) {
        const other = seen.get(domain);
        if (other) expect(SHARED_DOMAIN_OWNER[domain], `${domain}: ${other} and ${entry.name}`).toBeDefined();
        seen.set(domain, entry.name);
      }
    }
  });

  it('has overrides only for entries that exist', () => {
    const keys = new Set(SITES.map(entryKey));
    for (const key of Object.keys(OVERRIDES)) expect(keys, key).toContain(key);
    for (const key of Object.values(SHARED_DOMAIN_OWNER)) expect(keys, key).toContain(key);
  });

  const csv = path.join(REPO_ROOT, 'tests/fixtures/data/sv-public-sector-sites.csv');
  it('is what the generator makes of the CSV in tests/fixtures/data', () => {
    const script = path.join(REPO_ROOT, 'scripts/gen-registry.mjs');
    // --check exits non-zero (and execFileSync throws) when the committed file is out of date.
    expect(() => execFileSync(process.execPath, [script, '--check', '--csv', csv], { stdio: 'pipe' })).not.toThrow();
  });
});

describe('lookup', () => {
  it('resolves every kommun and region by each of its domains, bare and with www.', () => {
    for (const entry of [...kommuner, ...regioner]) {
      for (const domain of entry.domains) {
        const ownerKey = SHARED_DOMAIN_OWNER[domain];
        for (const host of [domain, `www.${domain}`]) {
          const org = registry.lookup(host);
          expect(org, host).not.toBeNull();
          if (ownerKey && ownerKey !== entryKey(entry)) continue;
          expect(org, host).toMatchObject({ kind: entry.kind, code: entry.code });
        }
      }
    }
  });

  it('treats Gotland as one organisation, Region Gotland', () => {
    expect(registry.lookup('www.gotland.se')).toEqual({ name: 'Region Gotland', kind: 'kommun', code: '0980' });
  });

  it.each([
    ['www.umea.se', 'Umeå kommun'],
    ['kommun.umea.se', 'Umeå kommun'],
    ['e-tjanster.www.umea.se', 'Umeå kommun'],
    ['WWW.UMEA.SE', 'Umeå kommun'],
    ['www.umea.se.', 'Umeå kommun'],
    ['www.umea.se:8080', 'Umeå kommun'],
    ['https://www.umea.se/bygga/bygglov', 'Umeå kommun'],
    ['start.stockholm', 'Stockholms stad'],
    ['www.stockholm.se', 'Stockholms stad'],
    ['goteborg.se', 'Göteborgs Stad'],
    ['malmo.se', 'Malmö stad'],
    ['helsingborg.se', 'Helsingborgs stad'],
    ['www.kalmar.se', 'Kalmar kommun'],
    ['www.falun.se', 'Falu kommun'],
    ['www.kalix.se', 'Kalix kommun'],
    ['www.sll.se', 'Region Stockholm'],
    ['www.regionstockholm.se', 'Region Stockholm'],
    ['skr.se', 'Sveriges Kommuner och Regioner'],
    ['www.1177.se', '1177'],
    ['www.forsakringskassan.se', 'Försäkringskassan'],
  ])('%s → %s', (host, name) => {
    expect(registry.lookup(host)?.name).toBe(name);
  });

  it('gives kinds and codes', () => {
    expect(registry.lookup('www.umea.se')).toEqual({ name: 'Umeå kommun', kind: 'kommun', code: '2480' });
    expect(registry.lookup('www.vgregion.se')).toEqual({
      name: 'Västra Götalandsregionen',
      kind: 'region',
      code: '14',
    });
    expect(registry.lookup('www.1177.se')).toMatchObject({ kind: 'national', code: null });
  });

  it.each([
    'notumea.se',
    'www.notumea.se',
    'umea.se.example.com',
    'umea.com',
    'umea',
    'se',
    'xn--ume-wla.se',
    '',
    '   ',
    'localhost',
    '127.0.0.1',
    '[::1]:8080',
  ])('does not match %j', (host) => {
    expect(registry.lookup(host)).toBeNull();
  });

  it('reports which registry domain matched', () => {
    expect(registry.match('a.b.umea.se')?.domain).toBe('umea.se');
  });

  it('returns a copy each time', () => {
    const first = registry.lookup('umea.se')!;
    first.name = 'changed';
    expect(registry.lookup('umea.se')?.name).toBe('Umeå kommun');
  });

  it('builds the default registry once', () => {
    expect(defaultRegistry()).toBe(defaultRegistry());
  });
});

describe('extra domains from settings', () => {
  it('adds unknown domains as kind other, named or by their domain', () => {
    const r = createRegistry([
      { domain: 'bibliotekvasterbotten.se', name: 'Biblioteken i Västerbotten' },
      { domain: 'www.exempelforening.se' },
    ]);
    expect(r.lookup('www.bibliotekvasterbotten.se')).toEqual({
      name: 'Biblioteken i Västerbotten',
      kind: 'other',
      code: null,
    });
    expect(r.lookup('exempelforening.se')).toEqual({ name: 'exempelforening.se', kind: 'other', code: null });
  });

  it('joins a domain to the known organisation it names, formal or everyday name', () => {
    const r = createRegistry([
      { domain: 'umeaenergi.example', name: 'umeå kommun' },
      { domain: 'stadsbiblioteket.example', name: 'Stockholms stad' },
    ]);
    expect(r.lookup('www.umeaenergi.example')).toEqual({ name: 'Umeå kommun', kind: 'kommun', code: '2480' });
    expect(r.lookup('stadsbiblioteket.example')).toEqual({ name: 'Stockholms stad', kind: 'kommun', code: '0180' });
  });

  it('never turns a registry domain or its subdomains into kind other', () => {
    const r = createRegistry([{ domain: 'umea.se', name: 'Something else' }, { domain: 'bibliotek.umea.se' }]);
    expect(r.lookup('umea.se')?.kind).toBe('kommun');
    expect(r.lookup('bibliotek.umea.se')?.name).toBe('Umeå kommun');
  });

  it('accepts what people type and ignores what is not a domain', () => {
    const r = createRegistry([
      { domain: 'https://WWW.Example-Kiosk.se/start' },
      { domain: 'not a domain' },
      { domain: '' },
      { domain: '10.0.0.1' },
    ]);
    expect(r.lookup('example-kiosk.se')?.kind).toBe('other');
    expect(r.lookup('10.0.0.1')).toBeNull();
  });

  it('does not change the built-in registry', () => {
    createRegistry([{ domain: 'exempelforening.se' }]);
    expect(defaultRegistry().lookup('exempelforening.se')).toBeNull();
  });
});

describe('host and domain normalising', () => {
  it.each([
    ['WWW.Umea.SE', 'www.umea.se'],
    ['www.umea.se.', 'www.umea.se'],
    ['www.umea.se:443', 'www.umea.se'],
    ['https://user@www.umea.se:8443/x?y#z', 'www.umea.se'],
    ['umeå.se', 'xn--ume-wla.se'],
  ])('host %j → %j', (input, host) => {
    expect(normaliseHost(input)).toBe(host);
  });

  it.each([
    ['*.example.se', 'example.se'],
    ['https://www.example.se/path', 'example.se'],
    ['Example.SE.', 'example.se'],
    ['sub.example.se', 'sub.example.se'],
    ['example', null],
    ['exa mple.se', null],
    ['192.168.1.1', null],
    ['-bad-.se', null],
  ])('domain %j → %j', (input, domain) => {
    expect(normaliseDomain(input)).toBe(domain);
  });
});

describe('matchPatterns', () => {
  const patterns = matchPatterns();

  it('covers every registry domain with one well-formed pattern', () => {
    expect(patterns).toContain('*://*.umea.se/*');
    expect(patterns).toContain('*://*.start.stockholm/*');
    expect(patterns).toContain('*://*.1177.se/*');
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
    for (const domain of registryDomains()) {
      const covered = patterns.some((p) => {
        const base = p.slice('*://*.'.length, -'/*'.length);
        return domain === base || domain.endsWith(`.${base}`);
      });
      expect(covered, domain).toBe(true);
    }
  });

  it('leaves out domains a parent pattern already covers', () => {
    expect(matchPatterns(['b.se', 'www.a.se', 'a.se', 'a.se'])).toEqual(['*://*.a.se/*', '*://*.b.se/*']);
  });
});
