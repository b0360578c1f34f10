import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import accionesQuery from '../../operations/tablero/acciones.graphql?raw';
import avanceQuery from '../../operations/tablero/avance.graphql?raw';
import cortesQuery from '../../operations/tablero/cortes.graphql?raw';
import { ActionCard, Findings } from './actions.js';
import { porcentaje } from './format.js';
import { graphql } from './graphql.js';
import { ESTADOS_CORTE } from './labels.js';
import { Territory } from './territory.js';
import type { ActionsData, Cut, CutsData, ProgressData } from './types.js';

function App() {
  const [cuts, setCuts] = useState<Cut[]>([]);
  const [cut, setCut] = useState('');
  const [progress, setProgress] = useState<{ percent: number | null; title: string | null } | null>(null);
  const [plan, setPlan] = useState<ActionsData['plan']>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    graphql<CutsData>(cortesQuery)
      .then(({ data }) => {
        setCuts(data?.cuts ?? []);
        setCut(data?.plan?.cut.id ?? data?.cuts.at(-1)?.id ?? '');
      })
      .catch((cause: Error) => setError(cause.message));
  }, []);

  useEffect(() => {
    if (!cut) return;
    setLoading(true);
    setError(null);
    // The overall progress is asked on its own: a cut not yet given progress answers it with an error.
    const avance = graphql<ProgressData>(avanceQuery, { corte: cut })
      .then(({ data }) => setProgress({ percent: data?.plan?.overallProgressPercent ?? null, title: data?.plan?.reportTitle ?? null }))
      .catch(() => setProgress({ percent: null, title: null }));
    const acciones = graphql<ActionsData>(accionesQuery, { corte: cut })
      .then(({ data }) => setPlan(data?.plan ?? null))
      .catch((cause: Error) => setError(cause.message));
    void Promise.all([avance, acciones]).finally(() => setLoading(false));
  }, [cut]);

  const actions = plan?.actions ?? [];
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
          <select id="corte" value={cut} onChange={(event) => setCut(event.currentTarget.value)}>
            {cuts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label} ({c.id}, {ESTADOS_CORTE[c.state] ?? c.state})
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
            <span id="avance-total">{progress ? porcentaje(progress.percent) : '…'}</span>
            {progress?.percent != null && (
              <progress max={100} value={progress.percent} aria-labelledby="titulo-avance">
                {porcentaje(progress.percent)}
              </progress>
            )}
          </p>
          {plan && (
            <p>
              {plan.reportTitle} · cierre {plan.cut.closingDate} · corte {ESTADOS_CORTE[plan.cut.state] ?? plan.cut.state}
            </p>
          )}
        </section>

        <section aria-labelledby="titulo-acciones">
          <h2 id="titulo-acciones">Acciones ({actions.length})</h2>
          <div class="acciones">
            {actions.map((action) => (
              <ActionCard key={action.number} action={action} />
            ))}
          </div>
        </section>

        <section aria-labelledby="titulo-hallazgos" class="panel">
          <h2 id="titulo-hallazgos">Hallazgos de calidad de datos</h2>
          {plan && <Findings actions={actions} />}
        </section>

        <section aria-labelledby="titulo-territorio" class="panel">
          <h2 id="titulo-territorio">Territorio: cifras de cada ministerio</h2>
          {cut && <Territory cut={cut} />}
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
