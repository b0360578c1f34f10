import { narrowTo } from '../../platform/narrow.js';
import { GraphQLError } from 'graphql';
import type { Kysely, Transaction } from 'kysely';
import { listChanges } from '../reporting/audit.js';
import { assertDepartmentCode, assertMunicipalityCode } from '../territory/divipola.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { assertNoControlCharacters } from '../reporting/free-text.js';
import { currentFacts, type FactDatabase, type FactView } from './facts.js';
import type { Identity, MinistryCode } from '../reporting/identity.js';
import { findIndicator, type IndicatorDatabase, type IndicatorRow } from './indicators.js';
import { assertPeriodOpen, type ApprovalDatabase } from '../reporting/period-approval.js';
import { PERIODS, type PeriodRow } from '../periods/periods.js';
import { findDepartment, findMunicipality, type TerritoryDatabase } from '../territory/territory.js';
import { versionedWrite } from '../reporting/versioned-write.js';
import { assertCanReport } from '../reporting/write-access.js';

export interface RecordValueInput {
  indicator: string;
  period: string;
  territory?: string | null;
  site?: string | null;
  sex?: string | null;
  nationality?: string | null;
  value: number;
  expectedVersion: number;
  idempotencyKey: string;
}

type ValueDatabase = FactDatabase & IndicatorDatabase & TerritoryDatabase & ApprovalDatabase;

/**
 * The largest value accepted per unit (docs/reporting-workflow.md): far above any figure of the
 * report, so only a slip (digits typed twice, a figure in the wrong unit) is refused. PEOPLE: more
 * than Colombia's whole population. COUNT: 8.000 times the largest count reported (118). COP: ten
 * billones, 770 times the largest amount reported (13.000 millones), and below 2^53, so every amount
 * up to it is an exact integer in a GraphQL Float.
 */
export const MAX_VALUE_BY_UNIT: Readonly<Record<IndicatorRow['unit'], number>> = {
  PEOPLE: 60_000_000,
  COUNT: 1_000_000,
  COP: 10_000_000_000_000,
};

/** A site is short, and written as the catalogue's site ids are: lower-case words joined by hyphens. */
export const MAX_SITE_LENGTH = 100;
const SITE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const NUMBER = new Intl.NumberFormat('es-CO');

/** The site of a value: TOTAL when none is given, or a short id such as "bogota-cad-suba". */
function assertSite(given: string | null | undefined): string {
  const site = given?.trim() || 'TOTAL';
  if (site.length > MAX_SITE_LENGTH) {
    throw badUserInput(
      'input.site',
      `La sede tiene como máximo ${MAX_SITE_LENGTH} caracteres; se recibieron ${site.length}. No se guardó nada.`,
    );
  }
  assertNoControlCharacters('input.site', 'La sede', given ?? '', false);
  if (site !== 'TOTAL' && !SITE_ID.test(site)) {
    throw badUserInput(
      'input.site',
      `La sede es TOTAL o un identificador en minúsculas sin tildes, con palabras unidas por guiones (por ejemplo "bogota-cad-suba"), de máximo ${MAX_SITE_LENGTH} caracteres. No se guardó nada.`,
    );
  }
  return site;
}

const values = narrowTo<ValueDatabase>();

/** Checks everything that can be checked before writing; returns the row to write. */
async function prepare<DB extends ValueDatabase>(db: Kysely<DB>, owner: MinistryCode, input: RecordValueInput): Promise<FactView> {
  const indicator = await findIndicator(db, input.indicator);
  if (!indicator) throw badUserInput('input.indicator', `No existe el indicador "${input.indicator}" en el catálogo de ${owner}.`);
  const period = PERIODS.find((candidate) => candidate.id === input.period);
  if (!period) {
    throw badUserInput(
      'input.period',
      `"${input.period}" no es un periodo del plan; use un trimestre o año de 2025 o 2026 (por ejemplo "2025Q4" o "2026").`,
    );
  }
  const territory = input.territory ?? null;
  if (indicator.territory_level === 'NATIONAL' && territory !== null) {
    throw badUserInput('input.territory', `El indicador ${indicator.code} es nacional: no lleva código de territorio.`);
  }
  if (indicator.territory_level === 'DEPARTMENT') {
    assertDepartmentCode(territory ?? '', 'input.territory');
    if (!(await findDepartment(db, territory!))) throw notFound('input.territory', `El departamento "${territory}" no está en el catálogo DIVIPOLA.`);
  }
  if (indicator.territory_level === 'MUNICIPALITY') {
    assertMunicipalityCode(territory ?? '', 'input.territory');
    if (!(await findMunicipality(db, territory!))) {
      throw notFound('input.territory', `El municipio "${territory}" no está en el catálogo DIVIPOLA cargado (véase npm run divipola:import).`);
    }
  }
  if (!Number.isFinite(input.value) || input.value < 0 || !Number.isInteger(input.value)) {
    throw badUserInput('input.value', `El valor debe ser un número entero no negativo (${indicator.unit}); se recibió ${input.value}.`);
  }
  const maximum = MAX_VALUE_BY_UNIT[indicator.unit];
  if (input.value > maximum) {
    throw badUserInput(
      'input.value',
      `El valor supera el máximo admitido para la unidad ${indicator.unit} (${NUMBER.format(maximum)}); se recibió ${input.value}. No se guardó nada.`,
    );
  }
  const site = assertSite(input.site);
  const sex = input.sex ?? 'TOTAL';
  const nationality = input.nationality ?? 'TOTAL';
  if (!['TOTAL', 'FEMALE', 'MALE'].includes(sex)) throw badUserInput('input.sex', `El sexo es TOTAL, FEMALE o MALE; se recibió "${sex}".`);
  if (!['TOTAL', 'VENEZUELAN'].includes(nationality)) {
    throw badUserInput('input.nationality', `La nacionalidad es TOTAL o VENEZUELAN; se recibió "${nationality}".`);
  }
  return factRow({ indicator, period, ministry: owner, territory, site, sex, nationality, value: input.value });
}

/** A value of an indicator as a flat fact; its id names every coordinate, so one slice has one id. */
export function factRow(fact: {
  indicator: IndicatorRow;
  period: PeriodRow;
  ministry: string;
  territory: string | null;
  site: string;
  sex: string;
  nationality: string;
  value: number;
}): FactView {
  const { indicator, period, territory, site, sex, nationality } = fact;
  return {
    id: [indicator.code, period.id, territory ?? 'CO', site, sex, nationality].join('|'),
    indicator_code: indicator.code,
    action_number: indicator.action_number,
    ministry: fact.ministry,
    territory_level: indicator.territory_level,
    territory_code: territory,
    period_id: period.id,
    period_start: period.start_date,
    period_end: period.end_date,
    site,
    sex,
    nationality,
    value: fact.value,
    unit: indicator.unit,
  };
}

/** DHIS2-style rules on one slice (indicator, period, territory): a part is never above its whole. */
async function assertPartsWithinWholes<DB extends ValueDatabase>(trx: Transaction<DB>, fact: FactView): Promise<void> {
  const slice = await currentFacts(trx)
    .selectAll()
    .where('indicator_code', '=', fact.indicator_code)
    .where('period_id', '=', fact.period_id)
    .where('territory_code', fact.territory_code === null ? 'is' : '=', fact.territory_code)
    .execute();
  const value = (site: string, sex: string, nationality: string) =>
    slice.find((row) => row.site === site && row.sex === sex && row.nationality === nationality)?.value;
  const sites = [...new Set(slice.map((row) => row.site))];
  const checks: Array<[string, number | undefined, string, number | undefined]> = [];
  for (const site of sites) {
    const total = value(site, 'TOTAL', 'TOTAL');
    for (const sex of ['FEMALE', 'MALE']) {
      checks.push([`${sex}/VENEZUELAN`, value(site, sex, 'VENEZUELAN'), `${sex}/TOTAL`, value(site, sex, 'TOTAL')]);
      checks.push([`${sex}/TOTAL`, value(site, sex, 'TOTAL'), 'TOTAL/TOTAL', total]);
    }
    checks.push(['TOTAL/VENEZUELAN', value(site, 'TOTAL', 'VENEZUELAN'), 'TOTAL/TOTAL', total]);
  }
  const siteValues = sites.filter((site) => site !== 'TOTAL').map((site) => value(site, 'TOTAL', 'TOTAL') ?? 0);
  if (siteValues.length) checks.push(['suma de las sedes', siteValues.reduce((a, b) => a + b, 0), 'TOTAL', value('TOTAL', 'TOTAL', 'TOTAL')]);
  for (const [part, partValue, whole, wholeValue] of checks) {
    if (partValue !== undefined && wholeValue !== undefined && partValue > wholeValue) {
      throw new GraphQLError(
        `Regla de validación: ${part} (${partValue}) no puede superar a ${whole} (${wholeValue}) en ${fact.indicator_code}, ${fact.period_id}. No se guardó nada.`,
        { extensions: { code: 'BAD_USER_INPUT', field: 'input.value', rule: 'PART_EXCEEDS_WHOLE' } },
      );
    }
  }
}

/** Records or corrects one value of an indicator (see versionedWrite for the guarantees). */
export async function recordValue<DB extends ValueDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: RecordValueInput,
): Promise<FactView> {
  // Who asks is checked before what is asked, so a refusal never depends on the input.
  assertCanReport(identity, owner);
  const fact = await prepare(db, owner, input);
  return versionedWrite(db, {
    identity,
    owner,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: input,
    // A value nobody recorded yet is version 0; a report fact not yet corrected is version 1.
    async load(trx) {
      const recorded = await values(trx).selectFrom('recorded_value').select(['version', 'value']).where('id', '=', fact.id).executeTakeFirst();
      if (recorded) return recorded;
      const reported = await values(trx).selectFrom('fact').select('value').where('id', '=', fact.id).executeTakeFirst();
      return reported ? { version: 1, value: reported.value } : { version: 0, value: null };
    },
    notFound: () => notFound('input.indicator', `No se encontró el valor ${fact.id}.`),
    async apply(trx, current) {
      await assertPeriodOpen(trx, fact.period_id);
      await values(trx)
        .insertInto('recorded_value')
        .values({ ...fact, version: current.version + 1 })
        .onConflict((oc) => oc.column('id').doUpdateSet({ value: fact.value, version: current.version + 1 }))
        .execute();
      await assertPartsWithinWholes(trx, fact);
      return [{ entity: 'fact', key: fact.id, field: 'value', before: current.value === null ? null : String(current.value), after: String(fact.value) }];
    },
    result: async (trx) => (await currentFacts(trx).selectAll().where('id', '=', fact.id).executeTakeFirstOrThrow()) as FactView,
  });
}

/** A fact's version and audit history. */
export const factHistoryFields = {
  version: async <DB extends ValueDatabase>(fact: FactView, _: unknown, { db }: { db: Kysely<DB> }) =>
    (await values(db).selectFrom('recorded_value').select('version').where('id', '=', fact.id).executeTakeFirst())?.version ?? 1,
  history: <DB extends ValueDatabase>(fact: FactView, _: unknown, { db }: { db: Kysely<DB> }) => listChanges(db, 'fact', fact.id),
};
