import { numero, pesos } from './format.js';
import { ESTADOS_TAREA, MINISTERIOS, actionStatusLabel, nombre } from './labels.js';
import type { ActionRow } from './types.js';

type Figure = [label: string, value: string];

/** An action's headline figures, from the typed fields its ministry exposes. */
export function headlineFigures(action: ActionRow): Figure[] {
  const figures: Figure[] = [];
  const { integrateCentres: ic, trainings: tr, communityParticipation: cp, migrationRoundtables: mr, technicalTables: tt } = action;
  if (ic) figures.push(['Inversión', pesos(ic.investment)], ['Centros Intégrate', numero(ic.statedCentreCount)], ['Personas atendidas en los centros', numero(ic.peopleAttendedByCentres)]);
  if (tr) figures.push(['Formaciones', numero(tr.statedTrainingCount)], ['Funcionarios formados', numero(tr.officialsTrained)]);
  if (cp) figures.push(['Espacios comunitarios', numero(cp.statedSpaceCount)], ['Participantes', numero(cp.statedParticipants)]);
  if (mr) figures.push(['Mesas migratorias acompañadas', numero(mr.statedCount)], ['Mesas listadas en el informe', numero(mr.listedCount)]);
  if (tt) figures.push(['Mesas técnicas', numero(tt.statedCount)]);
  if (action.organisationDirectory) {
    const od = action.organisationDirectory;
    figures.push([od.preliminary ? 'Organizaciones mapeadas (preliminar)' : 'Organizaciones mapeadas', numero(od.organisationsMapped)]);
  }
  const pf = action.psychosocialFunding;
  if (pf) {
    figures.push(
      ['Asignado', pesos(pf.allocatedTotal)],
      ['Transferido', pesos(pf.transferredTotal)],
      ['Transferencias', numero(pf.statedTransferCount)],
      ['Municipios que desistieron', numero(pf.desistedCount)],
    );
  } else if (action.administrativeActs?.length) {
    const issued = action.administrativeActs.filter((act) => act.stage === 'ISSUED').length;
    figures.push(['Actos administrativos expedidos', numero(issued)], ['En revisión jurídica', numero(action.administrativeActs.length - issued)]);
  }
  const og = action.occupationalGuidance;
  if (og) figures.push(['Migrantes orientados', numero(og.migrantsOriented)], ['Mujeres', numero(og.women)], ['Mujeres venezolanas', numero(og.venezuelanWomen)]);
  const sc = action.skillsCertification;
  if (sc) figures.push(['Migrantes certificados', numero(sc.migrantsCertified)], ['Centros de formación', numero(sc.trainingCentres)]);
  if (action.circular038) figures.push(['Secretarías de educación acompañadas', numero(action.circular038.statedSecretariatCount)]);
  if (action.laborFormalization) figures.push(['Participantes en departamentos de frontera', numero(action.laborFormalization.borderDepartmentTotal)]);
  const ep = action.employmentPlacement;
  if (ep) figures.push(['Convenios', numero(ep.statedAgreementCount)], ['Manuales', numero(ep.statedManualCount)]);
  return figures;
}

export function ActionCard({ action }: { action: ActionRow }) {
  const figures = headlineFigures(action);
  const id = `accion-${action.number}`;
  const hasNarrative = Boolean(action.report?.narrative?.trim());
  return (
    <article class="accion" aria-labelledby={id} data-accion={action.number}>
      <h3 id={id}>
        Acción {action.number}
        <span class={`estado estado-${(action.status ?? 'desconocido').toLowerCase()}`}>{actionStatusLabel(action.status, hasNarrative)}</span>
      </h3>
      <p class="titulo">{action.title ?? 'Título: sin datos (servicio no disponible)'}</p>
      <p class="responsable">
        <strong>Responsable:</strong> {MINISTERIOS[action.ministry] ?? action.ministry}
      </p>
      {figures.length > 0 && (
        <dl class="cifras">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <details>
        <summary>Narrativa del corte</summary>
        <p class="narrativa">
          {action.report == null ? 'sin datos (servicio no disponible)' : (action.report.narrative ?? 'Sin narrativa registrada en este corte.')}
        </p>
      </details>
      <section aria-label={`Tareas vencidas sin completar de la acción ${action.number}`}>
        <h4>Tareas vencidas sin completar</h4>
        {action.tasksDue == null ? (
          <p>sin datos (servicio no disponible)</p>
        ) : action.tasksDue.length === 0 ? (
          <p>Ninguna.</p>
        ) : (
          <ul class="tareas">
            {action.tasksDue.map((task) => (
              <li key={`${task.number}-${task.description}`}>
                {task.number != null && <strong>Tarea {task.number}: </strong>}
                {task.description}
                {task.deadline && <span> (plazo: {task.deadline.asWritten}; {nombre(ESTADOS_TAREA, task.status)})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

export function Findings({ actions }: { actions: ActionRow[] }) {
  const rows = actions.flatMap((action) => (action.findings ?? []).map((finding) => ({ action: action.number, ...finding })));
  const missing = actions.filter((action) => action.findings == null).map((action) => action.number);
  return (
    <>
      {rows.length === 0 ? (
        <p>No hay hallazgos de calidad de datos en este corte.</p>
      ) : (
        <table class="hallazgos">
          <caption>Hallazgos de calidad de datos ({numero(rows.length)})</caption>
          <thead>
            <tr>
              <th scope="col">Acción</th>
              <th scope="col">Regla</th>
              <th scope="col">Hallazgo</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>{row.action}</td>
                <td>
                  <code>{row.rule}</code>
                </td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {missing.length > 0 && <p>Acciones {missing.join(', ')}: sin datos (servicio no disponible).</p>}
    </>
  );
}
