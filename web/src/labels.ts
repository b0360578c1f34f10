/** Spanish names for the graph's enums. */
export const MINISTERIOS: Record<string, string> = {
  IGUALDAD: 'Ministerio de Igualdad y Equidad',
  SALUD: 'Ministerio de Salud y Protección Social',
  SENA: 'Servicio Nacional de Aprendizaje (SENA)',
  EDUCACION: 'Ministerio de Educación Nacional',
  TRABAJO: 'Ministerio del Trabajo',
};

export const ESTADOS_ACCION: Record<string, string> = {
  NOT_REPORTED: 'Sin reporte',
  NOT_STARTED: 'Sin iniciar',
  IN_PROGRESS: 'En curso',
  DELAYED: 'Retrasada',
  COMPLETED: 'Completada',
};

export const ESTADOS_TAREA: Record<string, string> = {
  NOT_REPORTED: 'sin reporte',
  NOT_STARTED: 'sin iniciar',
  IN_PROGRESS: 'en curso',
  COMPLETED: 'completada',
};

const CUT_STATE_LABELS: Record<string, string> = { OPEN: 'abierto', SUBMITTED: 'enviado', APPROVED: 'aprobado', REOPENED: 'reabierto' };

/** A cut's state in words; null when a ministry did not answer and the state is not known. */
export const cutStateLabel = (state: string | null): string =>
  state === null ? 'estado desconocido: un ministerio no respondió' : (CUT_STATE_LABELS[state] ?? state);

export const ESTADOS_GIRO: Record<string, string> = {
  TRANSFERRED: 'Transferida',
  DESISTED: 'Desistida',
  NOT_TRANSFERRED: 'Sin transferir',
};

export const NIVELES: Record<string, string> = { DEPARTMENTAL: 'departamental', MUNICIPAL: 'municipal' };

export const nombre = (tabla: Record<string, string>, valor: string | null | undefined): string =>
  valor == null ? 'sin datos (servicio no disponible)' : (tabla[valor] ?? valor);

/**
 * An action's status in words. NOT_REPORTED only means the ministry gave no status in the cut: when the
 * cut still has its narrative, "Sin reporte" would deny a report that is there. A null status (the
 * ministry's subgraph did not answer) keeps its "sin datos" wording.
 */
export function actionStatusLabel(status: string | null | undefined, hasNarrative: boolean): string {
  if (status === 'NOT_REPORTED' && hasNarrative) return 'Con reporte cualitativo; estado no informado';
  return nombre(ESTADOS_ACCION, status);
}
