import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import accionesQuery from '../../operations/tablero/acciones.graphql?raw';
import avanceQuery from '../../operations/tablero/avance.graphql?raw';
import cortesQuery from '../../operations/tablero/cortes.graphql?raw';
import { ActionCard, Findings } from './actions.js';
import { cutFigures, figureReading } from './figure-reading.js';
import { porcentaje } from './format.js';
import { cutStateLabel } from './labels.js';
import { Territory } from './territory.js';
import type { ActionsData, CutsData, ProgressData } from './types.js';
import { useGraphQuery } from './use-graph-query.js';

function App() {
  const cutsReading = useGraphQuery<CutsData>(cortesQuery, {});
  const [chosenCut, setChosenCut] = useState('');
  const cuts = cutsReading.data?.cuts ?? [];
  // Until someone chooses, the cut a reading without argument uses: the latest approved one.
  const cut = chosenCut || cutsReading.data?.plan?.cut.id || cuts.at(-1)?.id || '';
  const forCut = cut ? { corte: cut } : null;
  // The overall progress is asked on its own: a cut not yet given progress answers it with an error.
  const progressReading = useGraphQuery<ProgressData>(avanceQuery, forCut);
  const actionsReading = useGraphQuery<ActionsData>(accionesQuery, forCut);
  // Both readings follow the selected cut: while one is on its way, nothing of the previous cut is shown.
  const progress = progressReading.loading ? null : (progressReading.data?.plan?.overallProgressPercent ?? null);
  const plan = actionsReading.data?.plan ?? null;
  const error = cutsReading.error ?? actionsReading.error;
  const loading = cut ? progressReading.loading || actionsReading.loading : cutsReading.loading;

  const actions = plan?.actions ?? [];
  // The period of the cut's figures, and why a null one is null, as this very answer says.
  const figures = useMemo(() => cutFigures(cuts, cut), [cuts, cut]);
  const reading = useMemo(() => figureReading(figures, actionsReading.errors), [figures, actionsReading.errors]);
  return (
    <>
      <header>
        <h1>Tablero del plan de acción</h1>
        <p>Subcomisión de Atención e Integración — Comisión Nacional Intersectorial de Migraciones (CNIM)</p>
      </header>
      <main id="contenido">
        <section aria-labelledby="titulo-corte" class="panel">
          <h2 id="titulo-corte">Corte del informe</h2>
          <label for="corte">Corte</label>{' '}
          <select id="corte" value={cut} onChange={(event) => setChosenCut(event.currentTarget.value)}>
            {cuts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label} ({c.id}, {cutStateLabel(c.state)})
              </option>
            ))}
          </select>
          <p role="status" aria-live="polite" class="estado-carga">
            {error ? `Error: ${error}` : loading ? 'Consultando el grafo…' : plan ? `Mostrando ${plan.reportTitle}.` : ''}
          </p>
        </section>

        <section aria-labelledby="titulo-avance" class="panel">
          <h2 id="titulo-avance">Avance total del plan</h2>
          <p class="avance">
            <span id="avance-total">{progressReading.loading || !cut ? '…' : porcentaje(progress)}</span>
            {progress != null && (
              <progress max={100} value={progress} aria-labelledby="titulo-avance">
                {porcentaje(progress)}
              </progress>
            )}
          </p>
          {plan && (
            <p>
              {plan.reportTitle} · cierre {plan.cut.closingDate} · corte {cutStateLabel(plan.cut.state)}
            </p>
          )}
        </section>

        <section aria-labelledby="titulo-acciones">
          <h2 id="titulo-acciones">Acciones ({actions.length})</h2>
          <div class="acciones">
            {actions.map((action) => (
              <ActionCard key={action.number} action={action} reading={reading} />
            ))}
          </div>
        </section>

        <section aria-labelledby="titulo-hallazgos" class="panel">
          <h2 id="titulo-hallazgos">Hallazgos de calidad de datos</h2>
          {plan && <Findings actions={actions} />}
        </section>

        <section aria-labelledby="titulo-territorio" class="panel">
          <h2 id="titulo-territorio">Territorio: cifras de cada ministerio</h2>
          {cut && <Territory cut={cut} figures={figures} />}
        </section>
      </main>
      <footer>
        <p>
          Datos del grafo federado (<code>/graphql</code>). Cifras según el informe de avance; los números en formato colombiano.
        </p>
      </footer>
    </>
  );
}

const container = document.getElementById('app')!;
// Preact 11 renders beside existing children: the "Cargando…" placeholder goes first.
container.replaceChildren();
render(<App />, container);
