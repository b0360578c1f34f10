import { createTerritoryLoaders, getDepartment, listDepartments, type DepartmentRow } from '@cnim/kit';
import { createLoaders as educacionLoaders } from '../../subgraphs/educacion/src/db/loaders.js';
import { createLoaders as igualdadLoaders } from '../../subgraphs/igualdad/src/db/loaders.js';
import { centreAttendance } from '../../subgraphs/igualdad/src/db/integrate-centres.js';
import { createLoaders as saludLoaders } from '../../subgraphs/salud/src/db/loaders.js';
import { createLoaders as trabajoLoaders } from '../../subgraphs/trabajo/src/db/loaders.js';
import type { FloorDatabases } from './floor-databases.js';

// Hand-written answer to bench/workloads.ts ALL_MUNICIPALITIES and ONE_DEPARTMENT: the plan's
// territories, then each ministry's figures for them through the same batched loaders its resolvers use
// (one statement per ministry and level, whatever the number of municipalities).

const NO_ARGS = {};

function departmentsWithFigures(dbs: FloorDatabases) {
  const territories = createTerritoryLoaders(dbs.plan);
  const igualdad = igualdadLoaders(dbs.igualdad);
  const allocations = saludLoaders(dbs.salud).allocationsByMunicipality(NO_ARGS);
  const educacion = educacionLoaders(dbs.educacion);
  const rnfl = trabajoLoaders(dbs.trabajo).rnflByDepartment(NO_ARGS);
  const municipality = async (code: string, name: string) => {
    const [centres, spaces, allocated, accompaniments] = await Promise.all([
      igualdad.centresByMunicipality.load(code),
      igualdad.spacesByMunicipality.load(code),
      allocations.load(code),
      educacion.accompanimentsByMunicipality.load(code),
    ]);
    return {
      code,
      name,
      integrateCentres: await Promise.all(
        centres.map(async (centre) => ({
          id: centre.id,
          name: centre.name,
          peopleAttended: await centreAttendance(igualdad, centre, NO_ARGS),
        })),
      ),
      communitySpaces: spaces.map((space) => ({ name: space.name, participants: space.participants })),
      psychosocialAllocations: allocated.map((allocation) => ({ amount: allocation.amount, status: allocation.status })),
      educationAccompaniments: accompaniments.map((accompaniment) => ({
        secretariatName: accompaniment.secretariat_name,
        level: accompaniment.level,
      })),
    };
  };
  return async (department: DepartmentRow) => {
    const [participants, municipalities] = await Promise.all([
      rnfl.load(department.code),
      territories.municipalitiesOf.load(department.code),
    ]);
    return {
      code: department.code,
      name: department.name,
      laborFormalizationParticipants: participants.map((row) => ({ participants: row.participants })),
      municipalities: await Promise.all(municipalities.map((row) => municipality(row.code, row.name))),
    };
  };
}

/** The `data` of ALL_MUNICIPALITIES. */
export async function allMunicipalities(dbs: FloorDatabases) {
  const withFigures = departmentsWithFigures(dbs);
  return { departments: await Promise.all((await listDepartments(dbs.plan)).map(withFigures)) };
}

/** The `data` of ONE_DEPARTMENT. */
export async function oneDepartment(dbs: FloorDatabases, code: string) {
  return { department: await departmentsWithFigures(dbs)(await getDepartment(dbs.plan, code)) };
}
