import { stableId } from './stable-id.js';

describe('stableId', () => {
  it('is a version 5 UUID that depends only on the name', () => {
    const id = stableId('demo:actor:welcomecenter');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId('demo:actor:welcomecenter')).toBe(id);
    expect(stableId('demo:actor:welcomecenter-2')).not.toBe(id);
  });
});
