import { it } from 'vitest';
import { findTeasers, runningTextLength, mainRegion } from '../../src/core/sites/article-page';
import { realPage } from './sites/html';
it('x', () => {
  for (const f of ['umea.se.html', 'stockholm.se.html', 'helsingborg.se.html']) {
    const doc = realPage(f);
    const time = (fn: () => unknown) => { const t = performance.now(); for (let i=0;i<5;i++) fn(); return +((performance.now() - t)/5).toFixed(1); };
    const r = mainRegion(doc); const t = findTeasers(r);
    console.log(f, JSON.stringify({ teasers: time(() => findTeasers(r)), running: time(() => runningTextLength(r, t.items)) }));
  }
});
