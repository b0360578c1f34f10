import type { FigureReading } from './figure-reading.js';
import { SIN_DATOS, numero, pesos } from './format.js';
import { ESTADOS_GIRO, NIVELES, nombre } from './labels.js';
import type { DepartmentData, MunicipalityData } from './types.js';

export type Row = { ministry: string; programme: string; figure: string; value: string; missing?: boolean };

/**
 * Every ministry's figures for one municipality (and its department), side by side, in the chosen cut.
 * A figure read for the cut carries its period in a later cut; one that only the report states says so.
 */
export function municipalityRows(
  m: NonNullable<MunicipalityData['municipality']>,
  d: DepartmentData['department'],
  reading: FigureReading,
): Row[] {
  const rows: Row[] = [];
  const none = (ministry: string, programme: string) =>
    rows.push({ ministry, programme, figure: '—', value: 'sin registros en el informe' });
  // A list read for the cut that is empty: in a later cut, nothing was reported for its year.
  const noneInCut = (ministry: string, programme: string) =>
    rows.push({
      ministry,
      programme,
      figure: '—',
      value: reading.period ? `sin registros para ${reading.period} en este corte` : 'sin registros en el informe',
    });
  const down = (ministry: string, programme: string) => rows.push({ ministry, programme, figure: '—', value: SIN_DATOS, missing: true });

  if (m.integrateCentres == null) down('Igualdad', 'Centros Intégrate');
  else if (m.integrateCentres.length === 0) none('Igualdad', 'Centros Intégrate');
  else
    for (const c of m.integrateCentres) {
      // The graph documents a null as no figure for the centre in the period and cut (an outage nulls the whole list).
      const value =
        c.peopleAttended == null ? reading.missing('municipality.integrateCentres.peopleAttended', true) : numero(c.peopleAttended);
      rows.push({
        ministry: 'Igualdad',
        programme: `Centro Intégrate ${c.name}`,
        figure: reading.label('Personas atendidas'),
        value,
        missing: c.peopleAttended == null,
      });
    }

  if (m.communitySpaces == null) down('Igualdad', 'Espacios comunitarios');
  else if (m.communitySpaces.length > 0)
    for (const s of m.communitySpaces)
      rows.push({
        ministry: 'Igualdad',
        programme: `Espacio comunitario: ${s.name}`,
        figure: reading.fromReport('Participantes'),
        value: numero(s.participants),
      });

  if (m.psychosocialAllocations == null) down('Salud', 'Transferencias para atención psicosocial');
  else if (m.psychosocialAllocations.length === 0) noneInCut('Salud', 'Transferencias para atención psicosocial');
  else
    for (const a of m.psychosocialAllocations) {
      const programme = `Transferencia psicosocial${a.period ? ` ${a.period.id}` : ''}${a.derivedFromQuarters ? ' (derivado de los trimestres)' : ''}`;
      rows.push({ ministry: 'Salud', programme, figure: 'Asignación', value: pesos(a.amount) });
      rows.push({
        ministry: 'Salud',
        programme,
        figure: 'Transferido',
        value: a.transferred == null ? 'nada transferido' : pesos(a.transferred),
      });
      rows.push({ ministry: 'Salud', programme, figure: 'Estado', value: nombre(ESTADOS_GIRO, a.status) });
    }

  if (m.educationAccompaniments == null) down('Educación', 'Circular 038');
  else if (m.educationAccompaniments.length === 0) none('Educación', 'Circular 038');
  else
    for (const e of m.educationAccompaniments)
      rows.push({
        ministry: 'Educación',
        programme: 'Circular 038',
        figure: reading.fromReport('Secretaría acompañada', nombre(NIVELES, e.level)),
        value: e.secretariatName,
      });

  const where = `en ${d?.name ?? m.department.name} (departamento)`;
  const labor = `Red Nacional de Formalización Laboral ${where}`;
  if (d == null || d.laborFormalizationParticipants == null) down('Trabajo', labor);
  else if (d.laborFormalizationParticipants.length === 0) noneInCut('Trabajo', labor);
  else
    for (const p of d.laborFormalizationParticipants)
      rows.push({ ministry: 'Trabajo', programme: labor, figure: `Participantes (${p.period.id})`, value: numero(p.participants) });

  if (d == null || d.migrationRoundtables == null) down('Igualdad', `Mesas migratorias ${where}`);
  else if (d.migrationRoundtables.length > 0)
    rows.push({
      ministry: 'Igualdad',
      programme: `Mesas migratorias ${where}`,
      figure: reading.fromReport('Mesas acompañadas'),
      value: numero(d.migrationRoundtables.length),
    });
  return rows;
}
