import { spawnSync } from 'node:child_process';
import { ConfigError, DEV_SECRETS, readGatewayConfig, readSubgraphConfig } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { describe, expect, it } from 'vitest';

const STRONG = 'x'.repeat(32);
const productionSubgraph = { NODE_ENV: 'production', SALUD_GATEWAY_SECRET: STRONG, CURSOR_SECRET: STRONG };

describe('configuration that refuses to be unsafe', () => {
  it('uses the development secrets, bound to this machine, and says which, when nothing is set', () => {
    const config = readSubgraphConfig(salud, {});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4002, gatewaySecret: DEV_SECRETS.gateway('salud'), cursorSecret: DEV_SECRETS.cursor, directTokenKey: null });
    expect(config.defaultSecrets).toEqual(['SALUD_GATEWAY_SECRET', 'CURSOR_SECRET']);
  });

  it.each([
    ['missing', {}, 'SALUD_GATEWAY_SECRET: falta; es obligatorio en producción'],
    ['the public default', { SALUD_GATEWAY_SECRET: DEV_SECRETS.gateway('salud') }, 'SALUD_GATEWAY_SECRET: es el secreto de desarrollo, que es público; defina uno propio'],
    ['shorter than 32 bytes', { SALUD_GATEWAY_SECRET: 'corto' }, 'SALUD_GATEWAY_SECRET: tiene menos de 32 bytes'],
  ])('refuses a subgraph secret that is %s in production, naming the variable', (_, change, message) => {
    const env = { ...productionSubgraph, ...change };
    if (!('SALUD_GATEWAY_SECRET' in change)) delete (env as Record<string, string>).SALUD_GATEWAY_SECRET;
    expect(() => readSubgraphConfig(salud, env)).toThrow(ConfigError);
    expect(() => readSubgraphConfig(salud, env)).toThrow(message);
  });

  it("puts a subgraph on Postgres with <NAME>_DATABASE_URL, which wins over its SQLite file; otherwise on the SQLite file", () => {
    const url = 'postgres://salud:clave@db.salud.gov.co:5432/cnim';
    expect(readSubgraphConfig(salud, { SALUD_DATABASE_URL: url, SALUD_DB_PATH: '/datos/salud.sqlite' }).database).toBe(url);
    expect(readSubgraphConfig(salud, { SALUD_DB_PATH: '/datos/salud.sqlite' }).database).toBe('/datos/salud.sqlite');
    expect(readSubgraphConfig(salud, {}).database).toMatch(/subgraphs\/salud\/data\/salud\.sqlite$/);
  });

  it('refuses a SALUD_DATABASE_URL that is not a Postgres URL, naming the variable', () => {
    expect(() => readSubgraphConfig(salud, { SALUD_DATABASE_URL: 'mysql://db/cnim' })).toThrow(
      'SALUD_DATABASE_URL: debe ser una URL postgres://usuario:clave@servidor:puerto/base',
    );
  });

  it('accepts strong secrets in production and uses no default', () => {
    expect(readSubgraphConfig(salud, productionSubgraph).defaultSecrets).toEqual([]);
  });

  it('refuses the gateway in production without its token secret and every subgraph key, listing each', () => {
    expect(() => readGatewayConfig({ NODE_ENV: 'production', CNIM_JWT_SECRET: STRONG }, 4000)).toThrow(
      /PLAN_GATEWAY_SECRET: falta[\s\S]*IGUALDAD_GATEWAY_SECRET: falta[\s\S]*TRABAJO_GATEWAY_SECRET: falta/,
    );
    expect(() => readGatewayConfig({ NODE_ENV: 'production' }, 4000)).toThrow('CNIM_JWT_SECRET: falta; es obligatorio en producción');
  });

  it('stops the real gateway process at start in production with default secrets, saying why', () => {
    const run = spawnSync('npx', ['tsx', 'gateway/src/main.ts'], {
      cwd: new URL('../../', import.meta.url),
      env: { ...process.env, NODE_ENV: 'production', GATEWAY_PORT: '0', CNIM_JWT_SECRET: DEV_SECRETS.jwt },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Configuración inválida (NODE_ENV=production):');
    expect(run.stderr).toContain('CNIM_JWT_SECRET: es el secreto de desarrollo, que es público; defina uno propio');
    expect(run.stdout).not.toContain('Gateway listo');
  });
});
