/**
 * Which Swedish public-sector organisation a host belongs to. A host matches a listed domain or any
 * subdomain of it (www., kommun., e-tjanster., ...), found by walking the host's dot-suffixes
 * through a Map: a lookup costs one probe per label, however long the registry grows.
 */
import type { Organisation } from '../model';
import { SITES } from './registry-data';
import { EXTRA_SITES, OVERRIDES, SHARED_DOMAIN_OWNER } from './registry-extra';
import { normaliseDomain, normaliseHost } from './domain';
import { entryKey, type SiteEntry } from './site-entry';

export { normaliseDomain, normaliseHost };

/** A domain added by the user or a kiosk policy. */
export interface ExtraDomain {
  domain: string;
  name?: string;
}

export interface RegistryMatch {
  organisation: Organisation;
  /** The registry domain that matched, e.g. "umea.se" for "www.umea.se". */
  domain: string;
}

export interface Registry {
  lookup(host: string): Organisation | null;
  match(host: string): RegistryMatch | null;
}

interface BuiltIn {
  key: string;
  entry: SiteEntry;
  organisation: Organisation;
}

// Keys come from the source entry, before any name correction, so overrides stay addressable.
const BUILT_IN: readonly BuiltIn[] = [...SITES, ...EXTRA_SITES].map((source) => {
  const key = entryKey(source);
  const override = OVERRIDES[key];
  const entry: SiteEntry = {
    ...source,
    name: override?.name ?? source.name,
    domains: [...source.domains, ...(override?.domains ?? [])],
  };
  const organisation: Organisation = { name: override?.displayName ?? entry.name, kind: entry.kind, code: entry.code };
  return { key, entry, organisation };
});

/** Every built-in organisation with corrections applied: generated data first, then additions. */
export const ALL_SITES: readonly SiteEntry[] = BUILT_IN.map((b) => b.entry);

const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** Walks "a.b.umea.se" → "a.b.umea.se", "b.umea.se", "umea.se", "se": most specific first. */
function findSuffix<T>(map: ReadonlyMap<string, T>, host: string): [string, T] | null {
  for (let dot = -1; ;) {
    const candidate = host.slice(dot + 1);
    const hit = map.get(candidate);
    if (hit !== undefined) return [candidate, hit];
    dot = host.indexOf('.', dot + 1);
    if (dot < 0) return null;
  }
}

export function createRegistry(extraDomains: readonly ExtraDomain[] = []): Registry {
  const byDomain = new Map<string, Organisation>();
  const owner = new Map<string, string>();
  const byName = new Map<string, Organisation>();

  for (const { key, entry, organisation } of BUILT_IN) {
    // First wins: "Region Gotland" is kommun 0980's own name before it is the region row's.
    for (const name of [entry.name, organisation.name]) {
      if (!byName.has(normaliseName(name))) byName.set(normaliseName(name), organisation);
    }
    for (const domain of entry.domains) {
      const previous = owner.get(domain);
      // A domain listed twice goes to its named owner, else stays with the first entry.
      if (previous !== undefined && SHARED_DOMAIN_OWNER[domain] !== key) continue;
      byDomain.set(domain, organisation);
      owner.set(domain, key);
    }
  }

  for (const extra of extraDomains) {
    const domain = normaliseDomain(extra.domain);
    if (!domain) continue;
    const named = extra.name ? byName.get(normaliseName(extra.name)) : undefined;
    if (named) {
      byDomain.set(domain, named);
      continue;
    }
    // A user entry never demotes a registry organisation (or one of its subdomains) to 'other'.
    if (findSuffix(byDomain, domain)) continue;
    byDomain.set(domain, { name: extra.name?.trim() || domain, kind: 'other', code: null });
  }

  const match = (host: string): RegistryMatch | null => {
    const normalised = normaliseHost(host);
    const hit = normalised ? findSuffix(byDomain, normalised) : null;
    // A copy, so a caller cannot change what the next lookup returns.
    return hit ? { domain: hit[0], organisation: { ...hit[1] } } : null;
  };
  return { match, lookup: (host) => match(host)?.organisation ?? null };
}

let shared: Registry | null = null;

/** The built-in registry, built once on first use. */
export function defaultRegistry(): Registry {
  return (shared ??= createRegistry());
}

/** Every built-in domain, sorted, each once. */
export function registryDomains(): string[] {
  return [...new Set(ALL_SITES.flatMap((entry) => entry.domains))].sort();
}

/**
 * WebExtension match patterns for the manifest: `*://*.umea.se/*` covers umea.se and every
 * subdomain, so a domain already under a listed parent gets no pattern of its own.
 */
export function matchPatterns(domains: Iterable<string> = registryDomains()): string[] {
  const set = new Set(domains);
  const covered = (domain: string) => {
    for (let dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
      if (set.has(domain.slice(dot + 1))) return true;
    }
    return false;
  };
  return [...set]
    .filter((d) => !covered(d))
    .sort()
    .map((d) => `*://*.${d}/*`);
}
