// The compose file, read as compose reads it (YAML, `${VAR:-default}` at their defaults): PostgreSQL, two
// emulator replicas started one after the other on it, the mock, the verifier once against a replica; every
// service on the image `pnpm image` builds, every dependency a service of the file, and the replicas'
// environment one the emulator itself accepts (its readConfig). Not run here: no PostgreSQL image can be pulled.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '@crm-contacts/emulator';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { IMAGE } from '../src/buildImage.js';
import { repositoryRoot } from '../src/imageContext.js';

interface Service {
  image: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

const text = readFileSync(join(repositoryRoot, 'container', 'compose.yaml'), 'utf8').replace(/\$\{\w+:-([^}]*)\}/g, '$1');
const { services } = parse(text, { merge: true }) as { services: Record<string, Service> };

describe('container/compose.yaml', () => {
  it('has PostgreSQL, two emulator replicas, the mock and the verifier', () => {
    expect(Object.keys(services).sort()).toEqual(['contract-test', 'emulator-a', 'emulator-b', 'mock', 'postgres']);
    expect(services['mock'].command).toEqual(['crm-mock']);
    expect(services['contract-test'].command?.[0]).toBe('crm-contract-test');
  });

  it('runs every service but PostgreSQL on the image pnpm image builds', () => {
    for (const [name, service] of Object.entries(services)) if (name !== 'postgres') expect([name, service.image]).toEqual([name, IMAGE]);
  });

  it('starts the second replica once the first is healthy, and the verifier once the second is', () => {
    expect(services['emulator-a'].depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services['emulator-b'].depends_on).toEqual({ 'emulator-a': { condition: 'service_healthy' } });
    expect(services['contract-test'].depends_on).toEqual({ 'emulator-b': { condition: 'service_healthy' } });
    for (const service of Object.values(services)) for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(services)).toContain(dependency);
  });

  it("gives both replicas the same PostgreSQL database and settings the emulator accepts", () => {
    const [a, b] = ['emulator-a', 'emulator-b'].map((name) => services[name].environment!);
    expect(a).toEqual(b);
    const config = readConfig([], a);
    expect(config.databaseUrl).toMatch(/^postgres:\/\/crm:crm@postgres:5432\/crm$/);
    expect(config.adminToken).toBe(services['contract-test'].command!.find((arg) => arg.startsWith('--token='))!.slice('--token='.length));
    expect(services['contract-test'].command).toContain('--base-url=http://emulator-b:8080');
  });
});
