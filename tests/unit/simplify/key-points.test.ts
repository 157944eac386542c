import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/model';
import { keyPoints } from '../../../src/core/simplify/key-points';

const block = (kind: Block['kind'], text: string, lang = 'sv'): Block => ({ kind, lang, text, runs: [], offsets: [] });

const ARTICLE = {
  title: 'Parkeringstillstånd för rörelsehindrade',
  blocks: [
    block('title', 'Parkeringstillstånd för rörelsehindrade'),
    block(
      'paragraph',
      'Du som har svårt att gå kan ansöka om parkeringstillstånd för rörelsehindrade.\nMed tillståndet får du parkera närmare dit du ska.',
    ),
    block('heading', 'Vem kan få parkeringstillstånd?'),
    block(
      'paragraph',
      'Du kan få parkeringstillstånd om du har svårt att gå längre sträckor.\nDet beror på att tillståndet är till för dig med en funktionsnedsättning.',
    ),
    block('paragraph', 'Vädret var fint i går och många var ute och promenerade i parken.'),
    block('heading', 'Så ansöker du'),
    block('paragraph', 'Ansökan om parkeringstillstånd kostar 500 kronor och handläggningen tar sex veckor.'),
    block('paragraph', 'Har du frågor om parkeringstillstånd?'),
    block('list-item', 'Läkarintyg'),
    block('paragraph', 'Publicerad 3 mars 2024.'),
  ],
};

describe('keyPoints ("Det viktigaste")', () => {
  it('picks the central sentences, in the order of the article', () => {
    const points = keyPoints(ARTICLE, { max: 3 });
    expect(points).toHaveLength(3);
    expect(points[0]).toBe('Du som har svårt att gå kan ansöka om parkeringstillstånd för rörelsehindrade.');
    expect(points).toContain('Ansökan om parkeringstillstånd kostar 500 kronor och handläggningen tar sex veckor.');
    const order = points.map((p) => ARTICLE.blocks.findIndex((b) => b.text.includes(p)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('leaves out what does not stand alone: off-topic, questions, "Det beror på att", fragments, dates', () => {
    const points = keyPoints(ARTICLE, { max: 5 });
    expect(points).not.toContain('Vädret var fint i går och många var ute och promenerade i parken.');
    expect(points.some((p) => p.endsWith('?'))).toBe(false);
    expect(points.some((p) => p.startsWith('Det beror på att'))).toBe(false);
    expect(points).not.toContain('Läkarintyg');
    expect(points.some((p) => p.startsWith('Publicerad'))).toBe(false);
  });

  it('does not repeat itself', () => {
    const points = keyPoints({
      title: 'Bygglov',
      blocks: [
        block('paragraph', 'Du behöver bygglov för att bygga ett nytt hus i kommunen.'),
        block('paragraph', 'Du behöver bygglov för att bygga ett nytt hus i kommunen i dag.'),
        block('paragraph', 'Avgiften för bygglov beror på hur stort huset är.'),
      ],
    });
    expect(points.filter((p) => p.startsWith('Du behöver bygglov'))).toHaveLength(1);
  });

  it('gives three points by default, fewer for a short text, and none for an article without text', () => {
    const texts = [
      'Skolan har tolv klasser och en stor gård med träd.',
      'Eleverna äter lunch i skolans matsal varje dag.',
      'Skolan har en idrottshall som föreningar kan hyra.',
      'Biblioteket i skolan har öppet för eleverna varje dag.',
      'Skolan samarbetar med kulturskolan om musik och dans.',
      'Fritidshemmet på skolan har öppet från klockan sju.',
      'Skolans elevhälsa har en kurator och en skolsköterska.',
      'Skolan ligger nära busshållplatsen vid torget.',
      'Föräldrar kan besöka skolan när de vill.',
      'Skolan har en egen trädgård där eleverna odlar grönsaker.',
    ];
    expect(keyPoints({ title: 'Skolan', blocks: texts.map((t) => block('paragraph', t)) })).toHaveLength(3);
    expect(keyPoints({ title: 'Skolan', blocks: texts.slice(0, 4).map((t) => block('paragraph', t)) })).toHaveLength(1);
    expect(keyPoints({ title: 'Tom', blocks: [block('title', 'Tom')] })).toEqual([]);
  });
});

describe('keyPoints never shows a teaser cut off with an ellipsis', () => {
  it('leaves out "... utökar festi..." and keeps the whole sentence', () => {
    const points = keyPoints({
      title: 'Nyheter',
      blocks: [
        block(
          'list-item',
          'Littfest i Umeå, Sveriges största litteraturfestival, bygger vidare på framgångarna och utökar festi...',
        ),
        block(
          'list-item',
          'Umeå har varit värd för konferensen General Assembly, som samlade experter på innovativa ...',
        ),
        block('list-item', 'Umeås befolkning ökade med 2 188 personer under 2017 enligt den nya statistiken.'),
      ],
    });
    expect(points).toEqual(['Umeås befolkning ökade med 2 188 personer under 2017 enligt den nya statistiken.']);
  });
});
