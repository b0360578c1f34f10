import { narrowTo } from '../../platform/narrow.js';
import { GraphQLError } from 'graphql';
import type { Kysely, Transaction } from 'kysely';
import { listChanges } from '../reporting/audit.js';
import { assertDepartmentCode, assertMunicipalityCode } from '../territory/divipola.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { assertNoControlCharacters } from '../reporting/free-text.js';
import { currentFacts, type FactDatabase, type FactView } from './facts.js';
import { REPORT_CUT_ID, cutForWrite, type CutDatabase } from '../cuts/cuts.js';
import { ruleBreaches } from './value-rules.js';
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
  /** The cut the value is reported in; the only open cut when omitted. */
  cut?: string | null;
  expectedVersion: number;
  idempotencyKey: string;
}

type ValueDatabase = FactDatabase & IndicatorDatabase & TerritoryDatabase & ApprovalDatabase & CutDatabase;

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

/**
 * The site of a value, normalised: TOTAL when none is given or when it is "total" in any case (the
 * word is reserved, so no site can stand beside the total under its name), otherwise a short id in
 * lower case such as "bogota-cad-suba".
 */
function assertSite(given: string | null | undefined): string {
  const site = given?.trim().toLowerCase() || 'total';
  if (site.length > MAX_SITE_LENGTH) {
    throw badUserInput(
      'input.site',
      `La sede tiene como máximo ${MAX_SITE_LENGTH} caracteres; se recibieron ${site.length}. No se guardó nada.`,
    );
  }
  assertNoControlCharacters('input.site', 'La sede', given ?? '', false);
  if (site === 'total') return 'TOTAL';
  if (!SITE_ID.test(site)) {
    throw badUserInput(
      'input.site',
      `La sede es TOTAL o un identificador sin tildes, con palabras unidas por guiones (por ejemplo "bogota-cad-suba"), de máximo ${MAX_SITE_LENGTH} caracteres; se recibió "${given}". No se guardó nada.`,
    );
  }
  return site;
}

const values = narrowTo<ValueDatabase>();

/** Checks everything that can be checked before writing; returns the row to write. */
async function prepare<DB extends ValueDatabase>(
  db: Kysely<DB>,
  owner: MinistryCode,
  input: RecordValueInput,
): Promise<{ fact: ReportFact; indicator: IndicatorRow }> {
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
    if (!(await findDepartment(db, territory!)))
      throw notFound('input.territory', `El departamento "${territory}" no está en el catálogo DIVIPOLA.`);
  }
  if (indicator.territory_level === 'MUNICIPALITY') {
    assertMunicipalityCode(territory ?? '', 'input.territory');
    if (!(await findMunicipality(db, territory!))) {
      throw notFound(
        'input.territory',
        `El municipio "${territory}" no está en el catálogo DIVIPOLA cargado (véase npm run divipola:import).`,
      );
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
  return { fact: factRow({ indicator, period, ministry: owner, territory, site, sex, nationality, value: input.value }), indicator };
}

/** A fact's coordinates and value, before it is placed in a cut. */
type ReportFact = Omit<FactView, 'cut_id' | 'recorded_at'>;

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
}): ReportFact {
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

/**
 * The DHIS2-style rules, checked after the value is written and before the transaction commits: the
 * facts the new value can break a rule with (its indicator, its bound and the indicators bounded by it,
 * in its territory), as of its cut. A breach that involves the new value refuses the whole write.
 */
async function assertRules<DB extends ValueDatabase>(trx: Transaction<DB>, fact: FactView, indicator: IndicatorRow): Promise<void> {
  const related = await values(trx)
    .selectFrom('indicator')
    .select(['code', 'accumulation', 'bounded_by'])
    .where((eb) =>
      eb.or([eb('code', '=', indicator.code), eb('bounded_by', '=', indicator.code), eb('code', '=', indicator.bounded_by ?? '')]),
    )
    .execute();
  const facts = (await currentFacts(trx, fact.cut_id)
    .selectAll()
    .where(
      'indicator_code',
      'in',
      related.map((row) => row.code),
    )
    .where('territory_code', fact.territory_code === null ? 'is' : '=', fact.territory_code)
    .execute()) as FactView[];
  const breach = ruleBreaches(facts, new Map(related.map((row) => [row.code, row]))).find((candidate) =>
    candidate.factIds.includes(fact.id),
  );
  if (breach) {
    throw new GraphQLError(`${breach.message} No se guardó nada.`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.value', rule: breach.rule },
    });
  }
}

/** Records or corrects one value of an indicator (see versionedWrite for the guarantees). */
export async function recordValue<DB extends ValueDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: RecordValueInput,
): Promise<WrittenFact> {
  // Who asks is checked before what is asked, so a refusal never depends on the input.
  assertCanReport(identity, owner);
  const { fact: coordinates, indicator } = await prepare(db, owner, input);
  let fact: FactView | undefined;
  return versionedWrite(db, {
    identity,
    owner,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: input,
    // The value as of the cut: a value nobody recorded yet is version 0; a report fact not yet corrected is version 1.
    async load(trx) {
      const cut = await cutForWrite(trx, input.cut);
      await assertPeriodOpen(trx, coordinates.period_id);
      fact = { ...coordinates, cut_id: cut.id, recorded_at: null };
      const recorded = await values(trx)
        .selectFrom('recorded_value')
        .select(['version', 'value'])
        .where('id', '=', fact.id)
        .where('cut_id', '<=', cut.id)
        .orderBy('cut_id', 'desc')
        .executeTakeFirst();
      if (recorded) return recorded;
      const reported = await values(trx).selectFrom('fact').select('value').where('id', '=', fact.id).executeTakeFirst();
      return reported ? { version: 1, value: reported.value } : { version: 0, value: null };
    },
    notFound: () => notFound('input.indicator', `No se encontró el valor ${coordinates.id}.`),
    async apply(trx, current) {
      const written = fact!;
      const recordedAt = new Date().toISOString();
      await values(trx)
        .insertInto('recorded_value')
        .values({ ...written, recorded_at: recordedAt, version: current.version + 1 })
        .onConflict((oc) =>
          oc.columns(['id', 'cut_id']).doUpdateSet({ value: written.value, version: current.version + 1, recorded_at: recordedAt }),
        )
        .execute();
      await assertRules(trx, written, indicator);
      const before = current.value === null ? null : String(current.value);
      return [{ cut: written.cut_id, entity: 'fact', key: written.id, field: 'value', before, after: String(written.value) }];
    },
    // The version goes with the answer, so a retry answered with it later says the version it first said.
    result: async (trx): Promise<WrittenFact> => {
      const written = (await currentFacts(trx, fact!.cut_id).selectAll().where('id', '=', fact!.id).executeTakeFirstOrThrow()) as FactView;
      const { version } = await values(trx)
        .selectFrom('recorded_value')
        .select('version')
        .where('id', '=', written.id)
        .where('cut_id', '=', written.cut_id)
        .executeTakeFirstOrThrow();
      return { ...written, version };
    },
  });
}

/** A fact as a write answers it: with the version it wrote. */
export type WrittenFact = FactView & { version: number };

/** A fact's version and audit history. */
export const factHistoryFields = {
  version: async <DB extends ValueDatabase>(fact: FactView | WrittenFact, _: unknown, { db }: { db: Kysely<DB> }) => {
    if ('version' in fact) return fact.version;
    if (fact.recorded_at === null) return 1;
    return (
      await values(db)
        .selectFrom('recorded_value')
        .select('version')
        .where('id', '=', fact.id)
        .where('cut_id', '=', fact.cut_id)
        .executeTakeFirstOrThrow()
    ).version;
  },
  /** The latest earlier cut that held a value for the same id: a value recorded for a period already reported corrects it. */
  correctsCut: async <DB extends ValueDatabase>(fact: FactView, _: unknown, { db }: { db: Kysely<DB> }): Promise<string | null> => {
    if (fact.recorded_at === null) return null;
    const earlier = await values(db)
      .selectFrom('recorded_value')
      .select('cut_id')
      .where('id', '=', fact.id)
      .where('cut_id', '<', fact.cut_id)
      .orderBy('cut_id', 'desc')
      .executeTakeFirst();
    if (earlier) return earlier.cut_id;
    const reported = await values(db).selectFrom('fact').select('id').where('id', '=', fact.id).executeTakeFirst();
    return reported ? REPORT_CUT_ID : null;
  },
  /** As of the fact's cut: a later cut's correction is that cut's history, never this one's. */
  history: <DB extends ValueDatabase>(fact: FactView, _: unknown, { db }: { db: Kysely<DB> }) =>
    listChanges(db, 'fact', fact.id, fact.cut_id),
};
