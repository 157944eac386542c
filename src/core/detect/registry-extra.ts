/**
 * Hand-kept corrections and additions to the generated registry (registry-data.ts). The CSV stays
 * as its sources give it; what we know better lives here so regenerating never loses it.
 *
 * Only facts known with confidence were added (no network was available to check); when in doubt
 * an entry was left out rather than guessed. Keys are `entryKey()` values: "kommun:0180".
 */
import type { SiteEntry } from './site-entry';

export interface EntryOverride {
  /** Corrects a wrong formal name in the source. */
  name?: string;
  /** The name the organisation uses of itself, shown to users instead of the formal one. */
  displayName?: string;
  /** Further domains of the same organisation. */
  domains?: readonly string[];
}

export const OVERRIDES: Readonly<Record<string, EntryOverride>> = {
  // The source adds a genitive s where Swedish takes none or uses another form.
  'kommun:0880': { name: 'Kalmar kommun' },
  'kommun:2080': { name: 'Falu kommun' },
  'kommun:2513': { name: 'Överkalix kommun' },
  'kommun:2514': { name: 'Kalix kommun' },

  // Kommuner that call themselves "stad" (formally still "kommun").
  'kommun:0180': { displayName: 'Stockholms stad' },
  'kommun:0183': { displayName: 'Sundbybergs stad' },
  'kommun:0184': { displayName: 'Solna stad' },
  'kommun:0186': { displayName: 'Lidingö stad' },
  'kommun:0187': { displayName: 'Vaxholms stad' },
  'kommun:1280': { displayName: 'Malmö stad' },
  'kommun:1282': { displayName: 'Landskrona stad' },
  'kommun:1283': { displayName: 'Helsingborgs stad' },
  'kommun:1480': { displayName: 'Göteborgs Stad' },
  'kommun:1481': { displayName: 'Mölndals stad' },
  'kommun:1488': { displayName: 'Trollhättans stad' },
  'kommun:1490': { displayName: 'Borås Stad' },
  'kommun:1980': { displayName: 'Västerås stad' },
  'kommun:2583': { displayName: 'Haparanda stad' },
  // Gotland is one organisation: a kommun with a region's duties, calling itself Region Gotland.
  'kommun:0980': { displayName: 'Region Gotland' },

  // Former landsting domains, still linked and redirecting.
  'region:01': { domains: ['sll.se'] },
  'region:24': { domains: ['vll.se'] },

  'national:Sveriges Kommuner och Regioner (SKR)': { displayName: 'Sveriges Kommuner och Regioner' },
  'national:1177 Vårdguiden (run by regions via Inera)': { displayName: '1177' },
};

/**
 * A domain listed for more than one entry belongs to the entry named here (the source lists
 * gotland.se for both "Gotlands kommun" and "Region Gotland", which are the same body).
 */
export const SHARED_DOMAIN_OWNER: Readonly<Record<string, string>> = {
  'gotland.se': 'kommun:0980',
};

const national = (name: string, ...domains: string[]): SiteEntry => ({
  kind: 'national',
  code: null,
  name,
  county: null,
  domains,
});
const federation = (name: string, county: string, ...domains: string[]): SiteEntry => ({
  kind: 'other',
  code: null,
  name,
  county,
  domains,
});

/**
 * Public-sector sites missing from the CSV: national agencies whose pages people are sent to from
 * kommun pages, and kommunalförbund. Kommunalförbund have no kind of their own in the model, so
 * they are 'other' (still public sector: they are in the registry).
 */
export const EXTRA_SITES: readonly SiteEntry[] = [
  national('Arbetsförmedlingen', 'arbetsformedlingen.se'),
  national('Arbetsmiljöverket', 'av.se'),
  national('Boverket', 'boverket.se'),
  national('Bolagsverket', 'bolagsverket.se'),
  national('CSN', 'csn.se'),
  national('Diskrimineringsombudsmannen', 'do.se'),
  national('E-hälsomyndigheten', 'ehalsomyndigheten.se'),
  national('Folkhälsomyndigheten', 'folkhalsomyndigheten.se'),
  national('Försäkringskassan', 'forsakringskassan.se'),
  national('Inspektionen för vård och omsorg', 'ivo.se'),
  national('Konsumentverket', 'konsumentverket.se', 'hallakonsument.se'),
  national('Krisinformation.se', 'krisinformation.se'),
  national('Kronofogden', 'kronofogden.se'),
  national('Lantmäteriet', 'lantmateriet.se'),
  national('Livsmedelsverket', 'livsmedelsverket.se'),
  national('Länsstyrelserna', 'lansstyrelsen.se'),
  national('Migrationsverket', 'migrationsverket.se'),
  national('Myndigheten för samhällsskydd och beredskap', 'msb.se'),
  national('Myndigheten för tillgängliga medier', 'mtm.se'),
  national('8 Sidor', '8sidor.se'),
  national('Naturvårdsverket', 'naturvardsverket.se'),
  national('Pensionsmyndigheten', 'pensionsmyndigheten.se'),
  national('Polisen', 'polisen.se'),
  national('Regeringskansliet', 'regeringen.se'),
  national('Riksdagen', 'riksdagen.se'),
  national('Skatteverket', 'skatteverket.se'),
  national('Skolverket', 'skolverket.se'),
  national('SMHI', 'smhi.se'),
  national('Socialstyrelsen', 'socialstyrelsen.se'),
  national('Statistiska centralbyrån', 'scb.se'),
  national('Sveriges Domstolar', 'domstol.se'),
  national('Trafikverket', 'trafikverket.se'),
  national('Transportstyrelsen', 'transportstyrelsen.se'),
  national('Tullverket', 'tullverket.se'),
  national('Valmyndigheten', 'val.se'),
  national('Verksamt.se', 'verksamt.se'),
  federation('Göteborgsregionen (GR)', 'Västra Götalands län', 'goteborgsregionen.se'),
  federation('Fyrbodals kommunalförbund', 'Västra Götalands län', 'fyrbodal.se'),
  federation('Räddningstjänsten Storgöteborg', 'Västra Götalands län', 'rsgbg.se'),
];
