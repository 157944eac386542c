import { EPISERVER_PAGES } from './pages-episerver';
import { DRUPAL_PAGES, MUNICIPIO_PAGES, OTHER_PAGES } from './pages-other';
import { SITEVISION_PAGES } from './pages-sitevision';
import type { PageInput } from './site';

export const PAGES: PageInput[] = [
  ...SITEVISION_PAGES,
  ...EPISERVER_PAGES,
  ...MUNICIPIO_PAGES,
  ...DRUPAL_PAGES,
  ...OTHER_PAGES,
];
