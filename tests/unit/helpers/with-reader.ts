/**
 * Imported by tests whose player opens the reader: in the extension the reader's script brings its class
 * into the page (entrypoints/reader.content.ts); here it is there from the start.
 */
import { provideReader } from '../../../src/player/reader-code';
import { ReaderView } from '../../../src/ui/reader/reader';

provideReader(ReaderView);
