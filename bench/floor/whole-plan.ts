import { createActionLoaders, type ActionLoaders } from '@cnim/kit';
import { createLoaders as educacionLoaders } from '../../subgraphs/educacion/src/db/loaders.js';
import { findCircular038, secretariatCount } from '../../subgraphs/educacion/src/db/accompaniments.js';
import { createLoaders as igualdadLoaders } from '../../subgraphs/igualdad/src/db/loaders.js';
import { listRoundtables, sumCommunityParticipants } from '../../subgraphs/igualdad/src/db/activities.js';
import { sumCentreAttendance } from '../../subgraphs/igualdad/src/db/integrate-centres.js';
import { programmeFigure, programmeFrom, statedFigure } from '../../subgraphs/igualdad/src/db/stated-figures.js';
import { listPlanActions } from '../../subgraphs/plan/src/db/plan.js';
import { selectPlanCut } from '../../subgraphs/plan/src/db/report-cuts.js';
import { createLoaders as saludLoaders } from '../../subgraphs/salud/src/db/loaders.js';
import {
  allocatedTotal,
  desistedCount,
  statedTransferCount,
  transferredTotal,
} from '../../subgraphs/salud/src/db/psychosocial-allocations.js';
import { findFunding } from '../../subgraphs/salud/src/db/psychosocial-funding.js';
import { CENTRES, CERTIFIED, ORIENTED, figureValue, findProgramme } from '../../subgraphs/sena/src/db/programmes.js';
import { findAgreement, getStatedCount } from '../../subgraphs/trabajo/src/db/employment-placement.js';
import { sumRnflDepartments } from '../../subgraphs/trabajo/src/db/labor-formalization.js';
import type { FloorDatabases } from './floor-databases.js';

// Hand-written answer to bench/workloads.ts WHOLE_PLAN: the same repository functions and per-request
// loaders the resolvers call, composed directly, with no parsing, validation, execution or planning.
// Every figure is read as its resolver reads it (no arguments: the latest approved cut, the report's period).

const NO_ARGS = {};

type MinistryFields = (action: { number: number }, cut: string) => Promise<Record<string, unknown>>;

async function tasksOf(loaders: ActionLoaders, number: number, cut: string) {
  const tasks = await loaders.tasks.load(`${number}|${cut}`);
  return tasks.map((task) => ({
    number: task.number,
    description: task.description,
    status: task.status,
    deadline: task.deadline && { asWritten: task.deadline.asWritten, date: task.deadline.date, validity: task.deadline.validity },
  }));
}

/** Title and tasks, which every ministry's action type shares, then the ministry's own figures. */
function ministryAction(loaders: ActionLoaders, own: (number: number) => Promise<Record<string, unknown>>): MinistryFields {
  return async ({ number }, cut) => {
    const [row, tasks, fields] = await Promise.all([loaders.action.load(number), tasksOf(loaders, number, cut), own(number)]);
    return { title: row?.title, tasks, ...fields };
  };
}

function igualdad(dbs: FloorDatabases): MinistryFields {
  const db = dbs.igualdad;
  const loaders = igualdadLoaders(db);
  const programme = async (
    number: number,
    wanted: number,
    fields: (p: ReturnType<typeof programmeFrom>) => Promise<Record<string, unknown>>,
  ) => (number === wanted ? fields(programmeFrom(number, await loaders.statedFigures.load(number))) : null);
  const figure = (p: ReturnType<typeof programmeFrom>, code: string) => programmeFigure(loaders, p, code, NO_ARGS);
  return ministryAction(createActionLoaders(db), async (number) => {
    const [integrateCentres, trainings, communityParticipation, migrationRoundtables, technicalTables, organisationDirectory] =
      await Promise.all([
        programme(number, 1, async (p) => ({
          statedCentreCount: await figure(p, 'CENTRES'),
          statedPeopleAttended: statedFigure(p, 'PEOPLE_ATTENDED').value,
          peopleAttendedByCentres: await sumCentreAttendance(db, loaders, NO_ARGS),
          investment: await figure(p, 'INVESTMENT_COP'),
        })),
        programme(number, 2, async (p) => ({
          statedTrainingCount: await figure(p, 'TRAININGS'),
          officialsTrained: await figure(p, 'OFFICIALS_TRAINED'),
        })),
        programme(number, 3, async (p) => ({
          statedSpaceCount: await figure(p, 'COMMUNITY_SPACES'),
          statedParticipants: await figure(p, 'COMMUNITY_PARTICIPANTS'),
          participantsBySpace: await sumCommunityParticipants(db),
        })),
        programme(number, 4, async (p) => ({
          statedCount: await figure(p, 'ROUNDTABLES'),
          listedCount: (await listRoundtables(db)).length,
        })),
        programme(number, 5, async (p) => ({ statedCount: await figure(p, 'TECHNICAL_TABLES') })),
        programme(number, 10, async (p) => ({ organisationsMapped: await figure(p, 'ORGANISATIONS_MAPPED') })),
      ]);
    return { integrateCentres, trainings, communityParticipation, migrationRoundtables, technicalTables, organisationDirectory };
  });
}

function salud(dbs: FloorDatabases): MinistryFields {
  const db = dbs.salud;
  const loaders = saludLoaders(db);
  return ministryAction(createActionLoaders(db), async (number) => {
    const funding = await findFunding(db, number);
    if (!funding) return { psychosocialFunding: null };
    const [all, statedTransfers] = await Promise.all([loaders.allAllocations(NO_ARGS), statedTransferCount(db, NO_ARGS)]);
    return {
      psychosocialFunding: {
        allocatedTotal: allocatedTotal(all),
        transferredTotal: transferredTotal(all),
        statedTransferCount: statedTransfers,
        desistedCount: desistedCount(all),
      },
    };
  });
}

function sena(dbs: FloorDatabases): MinistryFields {
  const db = dbs.sena;
  return ministryAction(createActionLoaders(db), async (number) => {
    const programme = number === 8 || number === 9 ? await findProgramme(db, number) : null;
    return {
      occupationalGuidance:
        programme && number === 8
          ? {
              migrantsOriented: await figureValue(db, ORIENTED, NO_ARGS),
              women: await figureValue(db, ORIENTED, NO_ARGS, 'FEMALE', 'TOTAL'),
              venezuelanWomen: await figureValue(db, ORIENTED, NO_ARGS, 'FEMALE', 'VENEZUELAN'),
            }
          : null,
      skillsCertification:
        programme && number === 9
          ? { migrantsCertified: await figureValue(db, CERTIFIED, NO_ARGS), trainingCentres: await figureValue(db, CENTRES, NO_ARGS) }
          : null,
    };
  });
}

function educacion(dbs: FloorDatabases): MinistryFields {
  const db = dbs.educacion;
  const loaders = educacionLoaders(db);
  return ministryAction(createActionLoaders(db), async (number) => {
    const programme = await findCircular038(db, number);
    return { circular038: programme && { statedSecretariatCount: await secretariatCount(loaders, NO_ARGS) } };
  });
}

function trabajo(dbs: FloorDatabases): MinistryFields {
  const db = dbs.trabajo;
  return ministryAction(createActionLoaders(db), async (number) => {
    const agreement = await findAgreement(db, number);
    return {
      laborFormalization: number === 7 ? { borderDepartmentTotal: await sumRnflDepartments(db, NO_ARGS) } : null,
      employmentPlacement: agreement
        ? {
            statedAgreementCount: await getStatedCount(db, agreement, 'AGREEMENTS_SIGNED', NO_ARGS),
            statedManualCount: await getStatedCount(db, agreement, 'OPERATING_MANUALS', NO_ARGS),
          }
        : null,
    };
  });
}

/** The `data` of WHOLE_PLAN: the plan's cut and action index, then each action's fields from its owner. */
export async function wholePlan(dbs: FloorDatabases) {
  const owners: Record<string, MinistryFields> = {
    IGUALDAD: igualdad(dbs),
    SALUD: salud(dbs),
    SENA: sena(dbs),
    EDUCACION: educacion(dbs),
    TRABAJO: trabajo(dbs),
  };
  const [cut, actions] = await Promise.all([selectPlanCut(dbs.plan, null), listPlanActions(dbs.plan)]);
  return {
    plan: {
      overallProgressPercent: cut.overall_progress_percent,
      actions: await Promise.all(
        actions.map(async (action) => ({
          number: action.number,
          ministry: action.ministry,
          ownerInReport: action.owner_in_report === 1,
          ...(await owners[action.ministry]!(action, cut.id)),
        })),
      ),
    },
  };
}
