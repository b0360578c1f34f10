import type { ChangeLevel, OperationRef, SchemaCheckResult } from './schema-check.js';

const HEADINGS: Record<ChangeLevel, string> = {
  BREAKING: 'Cambios que rompen (BREAKING)',
  DANGEROUS: 'Cambios riesgosos (DANGEROUS)',
  NON_BREAKING: 'Cambios compatibles (NON_BREAKING)',
};

const label = ({ file, operation }: OperationRef) => (operation ? `${file} (${operation})` : file);

/** The schema check's result as the text a team reads in its terminal or CI log, grouped by criticality. */
export function formatSchemaCheck(result: SchemaCheckResult): string {
  if (!result.composed) {
    return [
      'La composición del supergrafo falló:',
      ...result.compositionErrors.map(({ code, message }) => `  - ${code ? `[${code}] ` : ''}${message}`),
      '',
      'Resultado: FALLA',
    ].join('\n');
  }
  const lines: string[] = ['La composición del supergrafo funciona.'];
  if (result.changes.length === 0) lines.push('Sin cambios en el esquema de la API.');
  for (const level of ['BREAKING', 'DANGEROUS', 'NON_BREAKING'] as const) {
    const changes = result.changes.filter((change) => change.level === level);
    if (changes.length === 0) continue;
    lines.push('', `${HEADINGS[level]}: ${changes.length}`);
    for (const change of changes) {
      lines.push(`  - ${change.message}${change.coordinate ? ` [${change.coordinate}]` : ''}`);
      if (level === 'NON_BREAKING') continue;
      if (change.usedBy.length > 0) lines.push(...change.usedBy.map((ref) => `      usada por: ${label(ref)}`));
      else if (level === 'BREAKING') lines.push('      advertencia: ninguna operación conocida la usa');
    }
  }
  lines.push('', `Operaciones conocidas: ${result.operationFiles} archivos en operations/.`);
  if (result.invalidOperations.length > 0) {
    lines.push(`Operaciones inválidas con el nuevo esquema: ${result.invalidOperations.length}`);
    for (const { file, errors } of result.invalidOperations) lines.push(`  - ${file}`, ...errors.map((error) => `      ${error}`));
  } else {
    lines.push('Todas son válidas con el nuevo esquema.');
  }
  lines.push('', `Resultado: ${result.passed ? 'OK' : 'FALLA'}`);
  return lines.join('\n');
}
