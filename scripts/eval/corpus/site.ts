import type { DateFormat, Frag } from './html';
import type { ContactInfo, Crumb } from './parts';

export type Cms = 'sitevision' | 'episerver' | 'municipio' | 'drupal' | 'wordpress' | 'other';

/** One site: who it is, which CMS, and which variant of each part it uses. */
export interface Site {
  host: string;
  /** The name the site shows (and detection should give). */
  orgName: string;
  /** Expected organisation kind and code (registry), or null for a site that is not public sector. */
  org: { kind: 'kommun' | 'region' | 'national' | 'other'; code: string | null } | null;
  cms: Cms;
  /** Variant numbers of the parts in parts.ts. */
  skip: number;
  crumbs: number;
  listen: number | null;
  share: number;
  feedback: number;
  cookie: number;
  contact: number;
  related: number;
  dateFormat: DateFormat;
  /** How the date lines are marked up (see templates.ts). */
  dateStyle: number;
  menu: string[];
  footer: string;
  /** Template options. */
  readid?: string | null;
  readclass?: string | null;
  mainElement?: boolean;
  leftMenu?: boolean;
  contactPlacement?: 'side' | 'main';
  easyToRead?: string | null;
  languages?: Array<{ lang: string; label: string; href: string }>;
  siteName?: string;
  lang?: string;
}

export type PageType = 'news' | 'service' | 'event' | 'decision' | 'start' | 'list' | 'search' | 'other';

export interface PageInput {
  name: string;
  site: Site;
  path: string;
  type: PageType;
  title: string;
  lead?: string;
  body: Frag[];
  published: string | null;
  updated: string | null;
  /** Dates only in meta tags, not printed. */
  datesInMetaOnly?: boolean;
  /** No date anywhere. */
  noDates?: boolean;
  contact?: ContactInfo;
  related?: Array<{ href: string; text: string }>;
  crumbs?: Crumb[];
  /** For start, list and search pages: the whole main content. */
  main?: string;
  heldOut?: boolean;
  /** Extra strings to check. */
  mustContain?: string[];
  mustNotContain?: string[];
  /** Expected detection when it is not the site's own (e.g. outside the registry). */
  expect?: {
    publicSector?: boolean;
    organisation?: { name: string; kind: 'kommun' | 'region' | 'national' | 'other'; code: string | null } | null;
  };
  toc?: boolean;
  noFeedback?: boolean;
  noShare?: boolean;
}
