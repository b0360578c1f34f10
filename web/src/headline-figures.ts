import type { FigureReading } from './figure-reading.js';
import { numero, pesos } from './format.js';
import type { ActionRow } from './types.js';

/** A figure in words; `missing` when the answer gave no value (the words then say why). */
export type Figure = [label: string, value: string, missing?: boolean];

/**
 * An action's headline figures, from the typed fields its ministry exposes, in the words of the
 * answer they come from (operations/tablero/acciones.graphql): each with its period in a later cut,
 * and a figure with no value in that period said as such, not as an outage. No DOM here: the report
 * (/informe) prints the same figures with the same words.
 */
export function headlineFigures(action: ActionRow, reading: FigureReading): Figure[] {
  const figures: Figure[] = [];
  const typed = (base: string, path: string, value: number | null, format: (value: number) => string, ...qualifiers: string[]) =>
    figures.push(
      value == null
        ? [reading.label(base, ...qualifiers), reading.missing(`plan.actions.${path}`), true]
        : [reading.label(base, ...qualifiers), format(value)],
    );
  const count = (base: string, path: string, value: number | null, ...qualifiers: string[]) =>
    typed(base, path, value, numero, ...qualifiers);

  const { integrateCentres: ic, trainings: tr, communityParticipation: cp, migrationRoundtables: mr, technicalTables: tt } = action;
  if (ic) {
    typed('Inversión', 'integrateCentres.investment', ic.investment, pesos);
    count('Centros Intégrate', 'integrateCentres.statedCentreCount', ic.statedCentreCount);
    count('Personas atendidas en los centros', 'integrateCentres.peopleAttendedByCentres', ic.peopleAttendedByCentres);
  }
  if (tr) {
    count('Formaciones', 'trainings.statedTrainingCount', tr.statedTrainingCount);
    count('Funcionarios formados', 'trainings.officialsTrained', tr.officialsTrained);
  }
  if (cp) {
    count('Espacios comunitarios', 'communityParticipation.statedSpaceCount', cp.statedSpaceCount);
    count('Participantes', 'communityParticipation.statedParticipants', cp.statedParticipants);
  }
  if (mr) {
    count('Mesas migratorias acompañadas', 'migrationRoundtables.statedCount', mr.statedCount);
    // The list is the report's text, which no later cut changes.
    figures.push([reading.period ? reading.fromReport('Mesas listadas') : 'Mesas listadas en el informe', numero(mr.listedCount)]);
  }
  if (tt) count('Mesas técnicas', 'technicalTables.statedCount', tt.statedCount);
  const od = action.organisationDirectory;
  if (od)
    count(
      'Organizaciones mapeadas',
      'organisationDirectory.organisationsMapped',
      od.organisationsMapped,
      ...(od.preliminary ? ['preliminar'] : []),
    );
  const pf = action.psychosocialFunding;
  if (pf) {
    typed('Asignado', 'psychosocialFunding.allocatedTotal', pf.allocatedTotal, pesos);
    typed('Transferido', 'psychosocialFunding.transferredTotal', pf.transferredTotal, pesos);
    count('Transferencias', 'psychosocialFunding.statedTransferCount', pf.statedTransferCount);
    count('Municipios que desistieron', 'psychosocialFunding.desistedCount', pf.desistedCount);
  } else if (action.administrativeActs?.length) {
    // The acts and their stages are the report's, in every cut.
    const issued = action.administrativeActs.filter((act) => act.stage === 'ISSUED').length;
    figures.push(
      [reading.fromReport('Actos administrativos expedidos'), numero(issued)],
      [reading.fromReport('En revisión jurídica'), numero(action.administrativeActs.length - issued)],
    );
  }
  const og = action.occupationalGuidance;
  if (og) {
    count('Migrantes orientados', 'occupationalGuidance.migrantsOriented', og.migrantsOriented);
    count('Mujeres', 'occupationalGuidance.women', og.women);
    count('Mujeres venezolanas', 'occupationalGuidance.venezuelanWomen', og.venezuelanWomen);
  }
  const sc = action.skillsCertification;
  if (sc) {
    count('Migrantes certificados', 'skillsCertification.migrantsCertified', sc.migrantsCertified);
    count('Centros de formación', 'skillsCertification.trainingCentres', sc.trainingCentres);
  }
  if (action.circular038)
    count('Secretarías de educación acompañadas', 'circular038.statedSecretariatCount', action.circular038.statedSecretariatCount);
  if (action.laborFormalization)
    count(
      'Participantes en departamentos de frontera',
      'laborFormalization.borderDepartmentTotal',
      action.laborFormalization.borderDepartmentTotal,
    );
  const ep = action.employmentPlacement;
  if (ep) {
    count('Convenios', 'employmentPlacement.statedAgreementCount', ep.statedAgreementCount);
    count('Manuales', 'employmentPlacement.statedManualCount', ep.statedManualCount);
  }
  return figures;
}
