import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  ConfigError,
  DEV_SECRETS,
  SUBGRAPH_NAMES,
  mintToken,
  readClusterConfig,
  readGatewayConfig,
  readJwtKey,
  readSubgraphConfig,
  subgraphVariables,
  verifyToken,
} from '@cnim/kit';
import { salud } from '@cnim/salud';
import { describe, expect, it } from 'vitest';

/** A secret as one is generated (base64 of a SHA-256), a different one for each label. */
const strong = (label: string) => createHash('sha256').update(label).digest('base64');
const STRONG = strong('jwt');
const productionSubgraph = { NODE_ENV: 'production', SALUD_GATEWAY_SECRET: strong('salud'), CURSOR_SECRET: strong('cursores') };
/** The gateway's secrets in production, each its own. */
const productionGateway = (): Record<string, string> => ({
  NODE_ENV: 'production',
  CNIM_JWT_SECRET: STRONG,
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphVariables(name).gatewaySecret, strong(name)])),
});

describe('configuration that refuses to be unsafe', () => {
  it('uses the development secrets, bound to this machine, and says which, when nothing is set', () => {
    const config = readSubgraphConfig(salud, {});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4002,
      gatewaySecret: DEV_SECRETS.gateway('salud'),
      cursorSecret: DEV_SECRETS.cursor,
      directTokenKey: null,
    });
    expect(config.defaultSecrets).toEqual(['SALUD_GATEWAY_SECRET', 'CURSOR_SECRET']);
  });

  it.each([
    ['missing', {}, 'SALUD_GATEWAY_SECRET: falta; es obligatorio en producción'],
    [
      'the public default',
      { SALUD_GATEWAY_SECRET: DEV_SECRETS.gateway('salud') },
      'SALUD_GATEWAY_SECRET: es el secreto de desarrollo, que es público; defina uno propio',
    ],
    ['shorter than 32 bytes', { SALUD_GATEWAY_SECRET: 'corto' }, 'SALUD_GATEWAY_SECRET: tiene menos de 32 bytes'],
  ])('refuses a subgraph secret that is %s in production, naming the variable', (_, change, message) => {
    const env = { ...productionSubgraph, ...change };
    if (!('SALUD_GATEWAY_SECRET' in change)) delete (env as Record<string, string>).SALUD_GATEWAY_SECRET;
    expect(() => readSubgraphConfig(salud, env)).toThrow(ConfigError);
    expect(() => readSubgraphConfig(salud, env)).toThrow(message);
  });

  it('puts a subgraph on Postgres with <NAME>_DATABASE_URL, which wins over its SQLite file; otherwise on the SQLite file', () => {
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

describe('secrets that are secrets (production)', () => {
  it.each([
    ['set but empty', '', 'está vacío; es obligatorio en producción'],
    ['only spaces', ' '.repeat(40), 'solo tiene espacios en blanco'],
    ['only whitespace of several kinds', ' \t \n'.repeat(10), 'solo tiene espacios en blanco'],
    ['one repeated character', 'a'.repeat(48), 'es un solo carácter repetido'],
    ['two distinct characters', 'ab'.repeat(16) + 'b'.repeat(8), 'usa solo 2 caracteres distintos'],
    ['five distinct characters', '0123401234012340123401234012340123', 'usa solo 5 caracteres distintos'],
    ['a word repeated', 'contraseña'.repeat(4), 'repite un mismo bloque de 10 caracteres 4 veces'],
    ['shorter than 32 bytes', 'Xk9#mQ2$vL7@pR4', 'tiene menos de 32 bytes'],
  ])('refuses a secret that is %s, naming the variable and never quoting the value', (_, value, message) => {
    const env = { ...productionSubgraph, SALUD_GATEWAY_SECRET: value };
    expect(() => readSubgraphConfig(salud, env)).toThrow(ConfigError);
    expect(() => readSubgraphConfig(salud, env)).toThrow(`SALUD_GATEWAY_SECRET: ${message}`);
    if (value.trim()) expect(() => readSubgraphConfig(salud, env)).not.toThrow(value);
  });

  it('applies the same rules to the token secret, the cursor secret and the metrics token', () => {
    expect(() => readGatewayConfig({ ...productionGateway(), CNIM_JWT_SECRET: ' '.repeat(32) }, 4000)).toThrow(
      'CNIM_JWT_SECRET: solo tiene espacios en blanco',
    );
    expect(() => readSubgraphConfig(salud, { ...productionSubgraph, CURSOR_SECRET: 'z'.repeat(64) })).toThrow(
      'CURSOR_SECRET: es un solo carácter repetido',
    );
    expect(() => readGatewayConfig({ ...productionGateway(), CNIM_METRICS_TOKEN: 'metricas'.repeat(5) }, 4000)).toThrow(
      'CNIM_METRICS_TOKEN: repite un mismo bloque de 8 caracteres 5 veces',
    );
    expect(() => readJwtKey({ NODE_ENV: 'production', CNIM_JWT_SECRET: 'x'.repeat(32) })).toThrow(
      'CNIM_JWT_SECRET: es un solo carácter repetido',
    );
  });

  it('accepts every secret generated at random, hexadecimal or base64, down to 32 characters', () => {
    for (let index = 0; index < 300; index += 1) {
      const hex = randomBytes(16).toString('hex');
      const base64 = randomBytes(24).toString('base64');
      expect(() => readSubgraphConfig(salud, { NODE_ENV: 'production', SALUD_GATEWAY_SECRET: hex, CURSOR_SECRET: base64 })).not.toThrow();
    }
  });

  it('refuses one gateway secret for two subgraphs, naming both', () => {
    const env = { ...productionGateway(), SENA_GATEWAY_SECRET: strong('salud') };
    expect(() => readGatewayConfig(env, 4000)).toThrow(ConfigError);
    expect(() => readGatewayConfig(env, 4000)).toThrow('- SALUD_GATEWAY_SECRET, SENA_GATEWAY_SECRET: tienen el mismo valor');
  });

  it('refuses a subgraph key equal to the token secret, and one equal to the cursor secret that every ministry knows', () => {
    expect(() => readGatewayConfig({ ...productionGateway(), PLAN_GATEWAY_SECRET: STRONG }, 4000)).toThrow(
      '- CNIM_JWT_SECRET, PLAN_GATEWAY_SECRET: tienen el mismo valor',
    );
    expect(() => readSubgraphConfig(salud, { ...productionSubgraph, CURSOR_SECRET: strong('salud') })).toThrow(
      '- SALUD_GATEWAY_SECRET, CURSOR_SECRET: tienen el mismo valor',
    );
  });

  it('accepts the gateway with every secret its own', () => {
    expect(readGatewayConfig(productionGateway(), 4000)).toMatchObject({ production: true, defaultSecrets: [], emptySecrets: [] });
  });
});

describe('a secret set but empty, in development', () => {
  it('is the development secret, and the configuration says it was empty', async () => {
    const gateway = readGatewayConfig({ NODE_ENV: 'development', CNIM_JWT_SECRET: '' }, 4000);
    expect(new TextDecoder().decode(gateway.jwtKey)).toBe(DEV_SECRETS.jwt);
    expect(gateway.emptySecrets).toEqual(['CNIM_JWT_SECRET']);
    expect(gateway.defaultSecrets).toContain('CNIM_JWT_SECRET');
    // The token script reads it the same way, so a token it mints is one this gateway accepts.
    const script = readJwtKey({ CNIM_JWT_SECRET: '' });
    expect(script).toMatchObject({ isDefault: true, isEmpty: true });
    const token = await mintToken({ subject: 'ana', ministry: 'SALUD', role: 'reporter' }, script.key);
    expect(await verifyToken(token, gateway.jwtKey)).toEqual({ subject: 'ana', ministry: 'SALUD', role: 'reporter' });
  });

  it('is the development secret for a subgraph too', () => {
    const config = readSubgraphConfig(salud, {
      SALUD_GATEWAY_SECRET: '',
      CURSOR_SECRET: '',
      CNIM_DEV_DIRECT_TOKENS: 'true',
      CNIM_JWT_SECRET: '',
    });
    expect(config).toMatchObject({
      gatewaySecret: DEV_SECRETS.gateway('salud'),
      cursorSecret: DEV_SECRETS.cursor,
      emptySecrets: ['SALUD_GATEWAY_SECRET', 'CURSOR_SECRET'],
    });
    expect(new TextDecoder().decode(config.directTokenKey!)).toBe(DEV_SECRETS.jwt);
  });
});

describe('where the metrics are served', () => {
  it('on the API port in development, and on GATEWAY_METRICS_PORT as well only when it is set', () => {
    expect(readGatewayConfig({}, 4000).metrics).toEqual({ onApiPort: true, port: null, token: null });
    expect(readGatewayConfig({ GATEWAY_METRICS_PORT: '9999' }, 4000).metrics).toEqual({ onApiPort: true, port: 9999, token: null });
  });

  it('in production only on a port of their own, 9464 unless GATEWAY_METRICS_PORT says otherwise, with CNIM_METRICS_TOKEN if set', () => {
    expect(readGatewayConfig(productionGateway(), 4000).metrics).toEqual({ onApiPort: false, port: 9464, token: null });
    const token = strong('metricas');
    expect(readGatewayConfig({ ...productionGateway(), GATEWAY_METRICS_PORT: '9100', CNIM_METRICS_TOKEN: token }, 4000).metrics).toEqual({
      onApiPort: false,
      port: 9100,
      token,
    });
    expect(readClusterConfig({ NODE_ENV: 'production', CNIM_METRICS_TOKEN: token }, { processes: 2 })).toMatchObject({
      metricsPort: 9464,
      metricsToken: token,
    });
    expect(() => readClusterConfig({ NODE_ENV: 'production', CNIM_METRICS_TOKEN: 'corto' }, { processes: 2 })).toThrow(
      'CNIM_METRICS_TOKEN: tiene menos de 32 bytes',
    );
  });
});
