import { useMemo, useState } from 'preact/hooks';
import territoriosQuery from '../../operations/tablero/territorios.graphql?raw';
import departamentoQuery from '../../operations/tablero/departamento.graphql?raw';
import municipioQuery from '../../operations/tablero/municipio.graphql?raw';
import { Bars, type Bar } from './bars.js';
import { figureReading, type CutFigures } from './figure-reading.js';
import { numero, pesos } from './format.js';
import { municipalityRows } from './municipality-rows.js';
import type { DepartmentData, MunicipalityData, TerritoriesData } from './types.js';
import { useGraphQuery } from './use-graph-query.js';

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** The territory view of one cut; `figures` gives the period its figures are read for. */
export function Territory({ cut, figures }: { cut: string; figures: CutFigures }) {
  const [departmentCode, setDepartmentCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const territoriesReading = useGraphQuery<TerritoriesData>(territoriosQuery, {});
  // Each reading follows the current selection; an answer for an earlier one is never shown (use-graph-query.ts).
  const departmentReading = useGraphQuery<DepartmentData>(
    departamentoQuery,
    departmentCode ? { departamento: departmentCode, corte: cut } : null,
  );
  const municipalityReading = useGraphQuery<MunicipalityData>(
    municipioQuery,
    municipalityCode ? { municipio: municipalityCode, corte: cut } : null,
  );
  const territories = useMemo(
    () => (territoriesReading.data?.departments ?? []).filter((d) => d.municipalities.length > 0),
    [territoriesReading.data],
  );
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
        .map((m) => ({
          label: m.name,
          value: sum(m.integrateCentres!.map((c) => c.peopleAttended)),
          highlighted: m.code === municipalityCode,
        })),
    [department, municipalityCode],
  );
  const allocated: Bar[] = useMemo(
    () =>
      (department?.municipalities ?? [])
        .filter((m) => (m.psychosocialAllocations?.length ?? 0) > 0)
        .map((m) => ({
          label: m.name,
          value: sum(m.psychosocialAllocations!.map((a) => a.amount)),
          highlighted: m.code === municipalityCode,
        })),
    [department, municipalityCode],
  );
  // Why a figure is null, from the errors of the answers it comes from (their paths start at their root field).
  const reading = useMemo(
    () => figureReading(figures, [...municipalityReading.errors, ...departmentReading.errors]),
    [figures, municipalityReading.errors, departmentReading.errors],
  );
  const rows = municipality ? municipalityRows(municipality, department, reading) : [];
  const inPeriod = figures.period ? ` en ${figures.period}` : '';

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
          <select
            id="municipio"
            value={municipalityCode}
            disabled={!departmentCode}
            onChange={(event) => setMunicipalityCode(event.currentTarget.value)}
          >
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
                <td class={row.missing ? 'sin-datos' : 'valor'}>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {department && (
        <div class="graficas">
          {attended.length > 0 && (
            <Bars
              title={`Personas atendidas en centros Intégrate${inPeriod}, municipios de ${department.name}`}
              description={attended.map((bar) => `${bar.label}: ${numero(bar.value)}`).join('; ')}
              bars={attended}
              format={numero}
            />
          )}
          {allocated.length > 0 && (
            <Bars
              title={`Asignación para atención psicosocial (Salud)${inPeriod}, municipios de ${department.name}`}
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
