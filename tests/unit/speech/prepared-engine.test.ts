import { describe, expect, it } from 'vitest';
import { prepareEngine, takePreparedEngine } from '../../../src/platform/prepared-engine';
import { FakeEngine } from './fake-engine';

describe('speech engine prepared on intent', () => {
  it('is made once however often intent is shown, and taken by one player only', () => {
    let made = 0;
    const make = () => {
      made++;
      return new FakeEngine();
    };
    prepareEngine(make);
    prepareEngine(make);
    const engine = takePreparedEngine();
    expect(made).toBe(1);
    expect(engine).toBeInstanceOf(FakeEngine);
    expect(takePreparedEngine()).toBeUndefined();
  });

  it('leaves a player that comes without a light control to make its own', () => {
    expect(takePreparedEngine()).toBeUndefined();
  });
});
