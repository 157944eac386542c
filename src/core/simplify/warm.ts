/**
 * The one-time work of Lättläst's first use, as small steps a view can run in idle time before the
 * user asks for it: the verb lexicon unpacked (about 17 ms in Node), the plain-word index and the
 * glossary matcher built (about 8 ms each). Each step is cheap to run again.
 */

import { lexiconSize } from './lexicon/sv-verbs';
import { findGlossaryTerms } from './glossary';
import { plainWords } from './plain-words';

export const WARM_UP_STEPS: ReadonlyArray<() => void> = [
  () => void lexiconSize(),
  () => void plainWords('Du ska erhålla ett beslut.'),
  () => void findGlossaryTerms('Ansökan om bygglov.'),
];
