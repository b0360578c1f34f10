/** Numbers the Colombian way: 14.344; pesos as $441.640.400. */
const entero = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 0 });

export const SIN_DATOS = 'sin datos (servicio no disponible)';

export function numero(value: number | null | undefined): string {
  return value == null ? SIN_DATOS : entero.format(value);
}

export function pesos(value: number | null | undefined): string {
  return value == null ? SIN_DATOS : `$${entero.format(value)}`;
}

export function porcentaje(value: number | null | undefined): string {
  return value == null ? 'sin registrar' : `${entero.format(value)} %`;
}
