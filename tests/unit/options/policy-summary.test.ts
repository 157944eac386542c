import { describe, expect, it } from 'vitest';
import { NO_POLICY, parsePolicy } from '../../../src/core/config/policy';
import { messages } from '../../../src/ui/i18n';
import { summarisePolicy } from '../../../src/ui/options/policy-summary';

describe('the policy in words, for staff checking it took effect', () => {
  it('says nothing and locks nothing without a policy', () => {
    expect(summarisePolicy(NO_POLICY, messages('sv'))).toEqual({ lines: [], locked: [] });
  });

  it('names kiosk mode with its idle time, the defaults in the UI language, and the extra sites', () => {
    const { policy } = parsePolicy({
      kioskMode: true,
      idleMinutes: 2.5,
      rate: 0.75,
      textSize: 150,
      theme: 'contrast',
      startView: 'lattlast',
      extraDomains: ['bibliotek.example.se'],
      autoOpenPanel: false,
    });
    const sv = summarisePolicy(policy, messages('sv')).lines.join('\n');
    expect(sv).toMatch(/Kioskläge är på\. Efter 2,5 min utan användning/);
    expect(sv).toMatch(
      /Förval: hastighet 0,75×, textstorlek 150\s?%, färger: Hög kontrast, läsläget visar Lättläst först\./,
    );
    expect(sv).toMatch(/panelen visas inte av sig själv/);
    expect(sv).toMatch(/offentlig sektor: bibliotek\.example\.se/);
    const en = summarisePolicy(policy, messages('en')).lines.join('\n');
    expect(en).toMatch(/After 2.5 min without use/);
    expect(en).toMatch(/Defaults: speed 0.75×, text size 150%/);
  });

  it('locks every setting on the page in kiosk mode, otherwise only what the policy locks', () => {
    expect(summarisePolicy(parsePolicy({ kioskMode: true }).policy, messages('sv')).locked).toEqual([
      'rate',
      'volume',
      'voices',
      'reader',
      'reset',
    ]);
    const some = parsePolicy({ locked: ['voice', 'textSize', 'startView'] }).policy;
    expect(summarisePolicy(some, messages('sv')).locked).toEqual(['voices', 'reader.textSize']);
    expect(summarisePolicy(some, messages('sv')).lines).toEqual([
      'Låst för besökarna: röst, textstorlek, läslägets första vy.',
    ]);
  });
});
