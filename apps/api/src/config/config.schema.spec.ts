import { parseConfig } from './config.schema.js';

describe('parseConfig', () => {
  it('applies defaults', () => {
    const config = parseConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('derives the public address from the port unless it is set', () => {
    expect(parseConfig({ NEO4J_URI: 'bolt://x:7687', PORT: '3950' }).PUBLIC_URL).toBe(
      'http://localhost:3950',
    );
    expect(
      parseConfig({ NEO4J_URI: 'bolt://x:7687', PORT: '3950', PUBLIC_URL: 'https://netz.example' })
        .PUBLIC_URL,
    ).toBe('https://netz.example');
  });

  it('names every bad variable', () => {
    expect(() => parseConfig({ NEO4J_URI: 'http://x', PORT: 'abc' })).toThrow(
      /NEO4J_URI[\s\S]*PORT|PORT[\s\S]*NEO4J_URI/,
    );
  });
});
