import type { Window } from 'happy-dom';
import { createWindow } from '../../../cli/happy-dom';

/** A fresh happy-dom document for one page, with the address it came from (as the CLI makes it). */
export function pageFrom(html: string, url = 'https://www.umea.se/bygglov'): { doc: Document; window: Window } {
  const window = createWindow(url);
  window.document.write(html);
  return { doc: window.document as unknown as Document, window };
}
