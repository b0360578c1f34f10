import { describe, expect, it } from 'vitest';
import { useGraph } from '../support/use-graph.js';

// CSV for tools without a GraphQL connector (Excel, a BI tool's plain web source), paged from the graph.
const graph = useGraph();
const get = async (path: string) => {
  const response = await fetch(graph().url.replace('/graphql', path));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    // Excel reads UTF-8 only after a byte-order mark (EF BB BF), which text decoding would hide.
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
  };
};
const rows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

const HEADER =
  'id,indicatorCode,actionNumber,ministryCode,territoryLevel,territoryCode,territoryName,departmentName,periodId,periodStart,periodEnd,periodKind,site,sex,nationality,disaggregation,value,unit,cut,recordedAt,derived,source';

describe('/export/hechos.csv', () => {
  it('exports one filtered fact with its territory names, in UTF-8 with a byte-order mark and a header row', async () => {
    const { status, type, disposition, bom, text } = await get('/export/hechos.csv?indicator=SALUD-12-GIRO&territory=54001');
    expect([status, type, disposition, bom]).toEqual([200, 'text/csv; charset=utf-8', 'attachment; filename=hechos.csv', true]);
    expect(rows(text)).toEqual([
      HEADER,
      'SALUD-12-GIRO|2025|54001|TOTAL|TOTAL|TOTAL,SALUD-12-GIRO,12,SALUD,MUNICIPALITY,54001,San José de Cúcuta,Norte de Santander,2025,2025-01-01,2025-12-31,YEAR,TOTAL,TOTAL,TOTAL,TOTAL,441640400,COP,2025-11,,false,Informe de avance 2025 – Corte: Noviembre 2025',
    ]);
  });

  it('exports every fact of every ministry, and the allocations add up to the report’s COP 1.998.207.910', async () => {
    const { text } = await get('/export/hechos.csv');
    const lines = rows(text)
      .slice(1)
      .map((line) => line.split(','));
    const { data } = (await (
      await fetch(graph().url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ministries { facts(first: 1) { totalCount } } }' }),
      })
    ).json()) as { data: { ministries: Array<{ facts: { totalCount: number } }> } };
    expect(lines).toHaveLength(data.ministries.reduce((sum, ministry) => sum + ministry.facts.totalCount, 0));
    const allocated = lines.filter((line) => line[1] === 'SALUD-12-ASIGNACION').reduce((sum, line) => sum + Number(line[16]), 0);
    expect(allocated).toBe(1_998_207_910);
  });

  it('sums safely with the documented filter: SENA orientation TOTAL by year is 13.400, not 28.847', async () => {
    const { text } = await get('/export/hechos.csv?indicator=SENA-8-ORIENTADOS&disaggregation=TOTAL&periodKind=YEAR&separator=;');
    const lines = rows(text);
    expect(lines[0]).toBe(HEADER.replaceAll(',', ';'));
    expect(lines.slice(1).map((line) => line.split(';')[16])).toEqual(['13400']);
  });

  it.each([
    ['/export/hechos.csv?territorio=54', 'Parámetro desconocido "territorio".'],
    ['/export/hechos.csv?indicator=SALUD-99', 'No existe el indicador "SALUD-99" en el catálogo de ningún ministerio'],
    ['/export/hechos.csv?from=2025-13-01', 'se recibió "2025-13-01". (parámetro "from")'],
    ['/export/hechos.csv?territory=5400', 'se recibió "5400". (parámetro "territory")'],
    ['/export/hechos.csv?action=doce', '"action" es el número de una acción, de 1 a 15; se recibió "doce".'],
    ['/export/hechos.csv?separator=|', '"separator" es "," (por omisión) o ";".'],
    [
      '/export/hechos.csv?ministry=CANCILLERIA',
      '"ministry" es uno de IGUALDAD, SALUD, SENA, EDUCACION, TRABAJO; se recibió "CANCILLERIA".',
    ],
  ])('refuses %s with 400 and a Spanish message, exporting nothing', async (path, message) => {
    const { status, type, text } = await get(path);
    expect([status, type]).toEqual([400, 'text/plain; charset=utf-8']);
    expect(text.startsWith('Solicitud no válida: ')).toBe(true);
    expect(text).toContain(message);
  });
});

describe('a bad token on an export or a page', () => {
  it.each(['/export/hechos.csv', '/export/indicadores.csv', '/informe'])(
    'gets %s a 401 with the token’s reason in Spanish, and nothing else',
    async (path) => {
      const response = await fetch(graph().url.replace('/graphql', path), { headers: { authorization: 'Bearer no-es-un-token' } });
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).toContain('El token no es válido (formato o firma)');
      expect(text).not.toMatch(/at \w+ \(|node_modules|\/work\//);
    },
  );
});

describe('/export/indicadores.csv', () => {
  it('exports the 21 technical sheets of the five ministries', async () => {
    const { status, text } = await get('/export/indicadores.csv');
    expect(status).toBe(200);
    const lines = rows(text);
    expect(lines[0]).toBe('code,name,description,unit,actionNumber,ministryCode,accumulation,territoryLevel,baseline,target');
    expect(lines).toHaveLength(22);
    expect(lines.find((line) => line.startsWith('SALUD-12-GIRO,'))).toBe(
      'SALUD-12-GIRO,Recursos girados a las E.S.E. para el acompañamiento psicosocial,Pesos efectivamente girados a la E.S.E. de cada municipio; excluye los municipios que desistieron.,COP,12,SALUD,FLOW,MUNICIPALITY,,',
    );
  });
});
