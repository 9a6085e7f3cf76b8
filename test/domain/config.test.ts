import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('gives the embedded store and port 4000 on an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toBeNull();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('switches to Neo4j when NEO4J_URI is set and reads editor keys', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db:7687', MEDKG_API_KEYS: 'alice:k1, bob:k2' });
    expect(config.neo4j?.uri).toBe('neo4j://db:7687');
    expect(config.apiKeys.get('k2')).toBe('bob');
  });

  it('names every invalid variable in one error', () => {
    expect(() => loadConfig({ MEDKG_PORT: 'abc', MEDKG_API_KEYS: 'nokey' })).toThrow(ConfigError);
    try {
      loadConfig({ MEDKG_PORT: 'abc', MEDKG_API_KEYS: 'nokey' });
    } catch (error) {
      expect(String(error)).toContain('MEDKG_PORT');
      expect(String(error)).toContain('MEDKG_API_KEYS');
    }
  });
});
