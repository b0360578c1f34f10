import type { FigureReading } from './figure-reading.js';
import { numero } from './format.js';
import { headlineFigures } from './headline-figures.js';
import { ESTADOS_TAREA, MINISTERIOS, actionStatusLabel, nombre } from './labels.js';
import type { ActionRow } from './types.js';

/** One action in the chosen cut; `reading` gives its figures' period and why a null one is null. */
export function ActionCard({ action, reading }: { action: ActionRow; reading: FigureReading }) {
  const figures = headlineFigures(action, reading);
  const id = `accion-${action.number}`;
  const hasNarrative = Boolean(action.report?.narrative?.trim());
  return (
    <article class="accion" aria-labelledby={id} data-accion={action.number}>
      <h3 id={id}>
        Acción {action.number}
        <span class={`estado estado-${(action.status ?? 'desconocido').toLowerCase()}`}>
          {actionStatusLabel(action.status, hasNarrative)}
        </span>
      </h3>
      <p class="titulo">{action.title ?? 'Título: sin datos (servicio no disponible)'}</p>
      <p class="responsable">
        <strong>Responsable:</strong> {MINISTERIOS[action.ministry] ?? action.ministry}
      </p>
      {figures.length > 0 && (
        <dl class="cifras">
          {figures.map(([label, value, missing]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd class={missing ? 'sin-dato' : undefined}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <details>
        <summary>Narrativa del corte</summary>
        <p class="narrativa">
          {action.report == null
            ? 'sin datos (servicio no disponible)'
            : (action.report.narrative ?? 'Sin narrativa registrada en este corte.')}
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
                {task.deadline && (
                  <span>
                    {' '}
                    (plazo: {task.deadline.asWritten}; {nombre(ESTADOS_TAREA, task.status)})
                  </span>
                )}
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
