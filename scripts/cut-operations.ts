import { MINISTRY_SUBGRAPHS } from '../graph.config.js';

const HEADER = '# Generado por `npm run compose` desde el registro (graph.config.ts): no editar a mano.\n';

/**
 * The secretariat's operations over a whole cut, one request each: the cut is opened, and approved,
 * in the plan and in every ministry of the registry, so no ministry is forgotten when one is added.
 */
export function cutOperations(): Record<string, string> {
  const open = MINISTRY_SUBGRAPHS.map(
    ({ name }) =>
      `  ${name} { openCut(input: { cut: $cut, label: $label, closingDate: $closingDate, idempotencyKey: $key }) { cut status version } }`,
  );
  const approve = MINISTRY_SUBGRAPHS.map(
    ({ name }) =>
      `  ${name} { approveCut(input: { cut: $cut, expectedVersion: $${name}Version, idempotencyKey: $key }) { cut status version } }`,
  );
  const versions = MINISTRY_SUBGRAPHS.map(({ name }) => `$${name}Version: Int!`).join(', ');
  return {
    'abrir-corte': `${HEADER}# La secretaría abre el corte siguiente en el plan y en cada ministerio.
mutation AbrirCorte($cut: ID!, $label: String!, $closingDate: Date!, $reportTitle: String!, $key: String!) {
  plan { openCut(input: { cut: $cut, label: $label, closingDate: $closingDate, reportTitle: $reportTitle, idempotencyKey: $key }) { id state version } }
${open.join('\n')}
}
`,
    'aprobar-corte': `${HEADER}# La secretaría aprueba el corte en cada ministerio (que lo envió con submitCut) y en el plan.
mutation AprobarCorte($cut: ID!, $planVersion: Int!, ${versions}, $key: String!) {
${approve.join('\n')}
  plan { approveCut(input: { cut: $cut, expectedVersion: $planVersion, idempotencyKey: $key }) { id state version } }
}
`,
    'estado-corte': `${HEADER}# El estado de un corte en el plan y en cada ministerio.
query EstadoCorte($cut: ID!) {
  cut(id: $cut) {
    id label closingDate closingDateDerived state overallProgressPercent version
${MINISTRY_SUBGRAPHS.map(({ name }) => `    ${name}Submission { status version }`).join('\n')}
  }
}
`,
  };
}
