import { provideReader } from '../src/player/reader-code';
import { ReaderView } from '../src/ui/reader/reader';

/**
 * The reader (Läsläge, Lättläst), brought into a page by the player when first needed or in idle time
 * after it starts (src/player/reader-code.ts). It only hands its class to the player.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    provideReader(ReaderView);
  },
});
