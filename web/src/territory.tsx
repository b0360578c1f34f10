import { useMemo, useState } from 'preact/hooks';
import territoriosQuery from '../../operations/tablero/territorios.graphql?raw';
import departamentoQuery from '../../operations/tablero/departamento.graphql?raw';
import municipioQuery from '../../operations/tablero/municipio.graphql?raw';
import { Bars, type Bar } from './bars.js';
import { SIN_DATOS, numero, pesos } from './format.js';
import { ESTADOS_GIRO, NIVELES, nombre } from './labels.js';
import type { DepartmentData, MunicipalityData, TerritoriesData } from './types.js';
import { useGraphQuery } from './use-graph-query.js';

type Row = { ministry: string; programme: string; figure: string; value: string };

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** Every ministry's figures for one municipality (and its department), side by side. */
function municipalityRows(m: NonNullable<MunicipalityData['municipality']>, d: DepartmentData['department']): Row[] {
  const rows: Row[] = [];
  const none = (ministry: string, programme: string) => rows.push({ ministry, programme, figure: '—', value: 'sin registros en el informe' });
  const down = (ministry: string, programme: string) => rows.push({ ministry, programme, figure: '—', value: SIN_DATOS });

  if (m.integrateCentres == null) down('Igualdad', 'Centros Intégrate');
  else if (m.integrateCentres.length === 0) none('Igualdad', 'Centros Intégrate');
  else for (const c of m.integrateCentres) rows.push({ ministry: 'Igualdad', programme: `Centro Intégrate ${c.name}`, figure: 'Personas atendidas', value: numero(c.peopleAttended) });

  if (m.communitySpaces == null) down('Igualdad', 'Espacios comunitarios');
  else if (m.communitySpaces.length > 0)
    for (const s of m.communitySpaces) rows.push({ ministry: 'Igualdad', programme: `Espacio comunitario: ${s.name}`, figure: 'Participantes', value: numero(s.participants) });

  if (m.psychosocialAllocations == null) down('Salud', 'Transferencias para atención psicosocial');
  else if (m.psychosocialAllocations.length === 0) none('Salud', 'Transferencias para atención psicosocial');
  else
    for (const a of m.psychosocialAllocations) {
      const programme = `Transferencia psicosocial${a.period ? ` ${a.period.id}` : ''}`;
      rows.push({ ministry: 'Salud', programme, figure: 'Asignación', value: pesos(a.amount) });
      rows.push({ ministry: 'Salud', programme, figure: 'Transferido', value: a.transferred == null ? 'nada transferido' : pesos(a.transferred) });
      rows.push({ ministry: 'Salud', programme, figure: 'Estado', value: nombre(ESTADOS_GIRO, a.status) });
    }

  if (m.educationAccompaniments == null) down('Educación', 'Circular 038');
  else if (m.educationAccompaniments.length === 0) none('Educación', 'Circular 038');
  else
    for (const e of m.educationAccompaniments)
      rows.push({ ministry: 'Educación', programme: 'Circular 038', figure: `Secretaría acompañada (${nombre(NIVELES, e.level)})`, value: e.secretariatName });

  const where = `en ${d?.name ?? m.department.name} (departamento)`;
  if (d == null || d.laborFormalizationParticipants == null) down('Trabajo', `Red Nacional de Formalización Laboral ${where}`);
  else if (d.laborFormalizationParticipants.length === 0) none('Trabajo', `Red Nacional de Formalización Laboral ${where}`);
  else
    for (const p of d.laborFormalizationParticipants)
      rows.push({ ministry: 'Trabajo', programme: `Red Nacional de Formalización Laboral ${where}`, figure: `Participantes (${p.period.id})`, value: numero(p.participants) });

  if (d == null || d.migrationRoundtables == null) down('Igualdad', `Mesas migratorias ${where}`);
  else if (d.migrationRoundtables.length > 0)
    rows.push({ ministry: 'Igualdad', programme: `Mesas migratorias ${where}`, figure: 'Mesas acompañadas', value: numero(d.migrationRoundtables.length) });
  return rows;
}

export function Territory({ cut }: { cut: string }) {
  const [departmentCode, setDepartmentCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const territoriesReading = useGraphQuery<TerritoriesData>(territoriosQuery, {});
  // Each reading follows the current selection; an answer for an earlier one is never shown (use-graph-query.ts).
  const departmentReading = useGraphQuery<DepartmentData>(departamentoQuery, departmentCode ? { departamento: departmentCode, corte: cut } : null);
  const municipalityReading = useGraphQuery<MunicipalityData>(municipioQuery, municipalityCode ? { municipio: municipalityCode, corte: cut } : null);
  const territories = useMemo(() => (territoriesReading.data?.departments ?? []).filter((d) => d.municipalities.length > 0), [territoriesReading.data]);
  const department = departmentReading.data?.department ?? null;
  // The table mixes the municipality's figures with its department's: it waits for both, so that a
  // department still on its way never reads as a ministry out of service.
  const answered = municipalityReading.data?.municipality ?? null;
  const municipality = answered && answered.department.code === departmentCode && !departmentReading.loading ? answered : null;
  const error = territoriesReading.error ?? departmentReading.error ?? municipalityReading.error;
  const loading = departmentReading.loading || municipalityReading.loading;

  const municipalities = territories.find((d) => d.code === departmentCode)?.municipalities ?? [];
  const attended: Bar[] = useMemo(
    () =>
      (department?.municipalities ?? [])
        .filter((m) => m.integrateCentres?.some((c) => c.peopleAttended != null))
        .map((m) => ({ label: m.name, value: sum(m.integrateCentres!.map((c) => c.peopleAttended)), highlighted: m.code === municipalityCode })),
    [department, municipalityCode],
  );
  const allocated: Bar[] = useMemo(
    () =>
      (department?.municipalities ?? [])
        .filter((m) => (m.psychosocialAllocations?.length ?? 0) > 0)
        .map((m) => ({ label: m.name, value: sum(m.psychosocialAllocations!.map((a) => a.amount)), highlighted: m.code === municipalityCode })),
    [department, municipalityCode],
  );
  const rows = municipality ? municipalityRows(municipality, department) : [];

  return (
    <>
      <div class="selectores">
        <label>
          Departamento
          <select
            id="departamento"
            value={departmentCode}
            onChange={(event) => {
              setDepartmentCode(event.currentTarget.value);
              setMunicipalityCode('');
            }}
          >
            <option value="">Elija un departamento…</option>
            {territories.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name} ({d.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          Municipio
          <select id="municipio" value={municipalityCode} disabled={!departmentCode} onChange={(event) => setMunicipalityCode(event.currentTarget.value)}>
            <option value="">Elija un municipio…</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name} ({m.code})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="estado-carga" role="status" aria-live="polite">
        {error ? `Error: ${error}` : loading ? 'Consultando el grafo…' : ''}
      </p>
      {municipality && (
        <table id="tabla-municipio" class="territorio">
          <caption>
            Cifras de cada ministerio en {municipality.name} ({municipality.code}), {municipality.department.name} — corte {cut}
          </caption>
          <thead>
            <tr>
              <th scope="col">Ministerio</th>
              <th scope="col">Programa</th>
              <th scope="col">Cifra</th>
              <th scope="col">Valor</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} data-ministerio={row.ministry} data-cifra={row.figure}>
                <td>{row.ministry}</td>
                <td>{row.programme}</td>
                <td>{row.figure}</td>
                <td class={row.value === SIN_DATOS ? 'sin-datos' : 'valor'}>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {department && (
        <div class="graficas">
          {attended.length > 0 && (
            <Bars
              title={`Personas atendidas en centros Intégrate, municipios de ${department.name}`}
              description={attended.map((bar) => `${bar.label}: ${numero(bar.value)}`).join('; ')}
              bars={attended}
              format={numero}
            />
          )}
          {allocated.length > 0 && (
            <Bars
              title={`Asignación para atención psicosocial (Salud), municipios de ${department.name}`}
              description={allocated.map((bar) => `${bar.label}: ${pesos(bar.value)}`).join('; ')}
              bars={allocated}
              format={pesos}
            />
          )}
          {attended.length === 0 && allocated.length === 0 && <p>Sin cifras municipales para graficar en {department.name}.</p>}
        </div>
      )}
    </>
  );
}
