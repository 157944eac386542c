import type { OrganisationKind } from '../model';

/**
 * One organisation in the site registry. Kept apart from the generated data so the generator,
 * the hand-maintained additions and the lookup all share one shape.
 */
export interface SiteEntry {
  kind: OrganisationKind;
  /** Kommun code ("2480") or region/county code ("24"); null for national and other bodies. */
  code: string | null;
  /** Formal name as in the source, e.g. "Stockholms kommun". */
  name: string;
  /** County (län), or null for national bodies. */
  county: string | null;
  /** Registrable domains; every subdomain of one belongs to the organisation too. */
  domains: readonly string[];
}

/** Stable key for an entry, e.g. "kommun:2480", used by the hand-maintained overrides. */
export const entryKey = (entry: Pick<SiteEntry, 'kind' | 'code' | 'name'>): string =>
  `${entry.kind}:${entry.code ?? entry.name}`;
