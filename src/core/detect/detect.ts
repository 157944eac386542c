/**
 * detect: is this a Swedish public-sector page, whose, and does it carry an article? The registry
 * decides for known hosts; elsewhere only signals a company site would not show together count.
 * Independent of extraction: it reads the Document and never changes it.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { Detection, Organisation } from '../model';
import { classifyPage, type PageKindResult } from './article-page';
import { defaultRegistry, normaliseHost, type Registry } from './registry';
import { pageSignals, type Cms, type PageSignals } from './signals';

export interface DetectOptions {
  registry?: Registry;
  /** The page's kind, when the detector content script classified it already (it does so first). */
  pageKind?: PageKindResult;
}

/** CMSs that Swedish kommuner and regioner mostly run; many companies use them too, hence "plus". */
const PUBLIC_SECTOR_CMS: ReadonlySet<Cms> = new Set<Cms>(['sitevision', 'episerver', 'municipio']);

/** More distinct kommun/region numbers than this is a page about many of them, not one's own. */
const MAX_OWN_ORG_NUMBERS = 2;

export function detect(doc: Document, url: string, options: DetectOptions = {}): Detection {
  const registry = options.registry ?? defaultRegistry();
  const host = hostOf(url);
  const page = pageSignals(doc);
  const signals: string[] = [];

  const match = host ? registry.match(host) : null;
  let organisation: Organisation | null = match?.organisation ?? null;
  if (match) signals.push(`host:${host} in registry (${match.organisation.name})`);
  signals.push(...page.signals);

  if (!match) {
    const evidence = publicSectorEvidence(page);
    if (evidence) {
      organisation = { name: siteName(doc) ?? host ?? 'okänd webbplats', kind: 'other', code: null };
      signals.push(`public-sector:${evidence}`);
    }
  }

  const kind = options.pageKind ?? classifyPage(doc, url, (d) => isProbablyReaderable(d));
  signals.push(kind.reason);
  return { publicSector: organisation !== null, organisation, articlePage: kind.kind === 'article', signals };
}

/**
 * Why a page outside the registry counts as public sector, or null. An organisation number of a
 * kommun, region, kommunalförbund or state agency (check digit valid) is decisive; so is a Swedish
 * footer saying a kommun or region owns the site (a municipal company) or that it is a
 * kommunalförbund. Otherwise Swedish, the site's own ReadSpeaker button and a CMS kommuner use must
 * all be present: any one alone is common on company sites.
 */
export function publicSectorEvidence(page: PageSignals): string | null {
  const own = page.orgNumbers.length > 0 && page.orgNumbers.length <= MAX_OWN_ORG_NUMBERS;
  if (own) return `orgnr ${page.orgNumbers.map((o) => o.number).join(', ')}`;
  if (page.swedish && page.ownership) return `owner:${page.ownership}`;
  if (page.swedish && page.readSpeaker && page.cms && PUBLIC_SECTOR_CMS.has(page.cms)) {
    return `lang:sv+readspeaker+cms:${page.cms}`;
  }
  return null;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? normaliseHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/** The site's own name: og:site_name, else the last segment of "Page - Site" titles. */
export function siteName(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  if (og) return og;
  const title = doc.title.replace(/\s+/g, ' ').trim();
  const parts = title.split(/\s+[-|–—·»:]\s+/);
  const last = parts.length > 1 ? parts[parts.length - 1]?.trim() : null;
  return last || null;
}
