import { badUserInput } from '../../graphql/errors.js';

/** A DANE DIVIPOLA entry: departments have 2-digit codes, municipalities 5 (department code first). */
export interface DivipolaEntry {
  code: string;
  name: string;
}

export interface MunicipalityEntry extends DivipolaEntry {
  departmentCode: string;
}

/** The 33 first-level territorial entities (32 departments and Bogotá, D.C.), DANE DIVIPOLA. */
export const DEPARTMENTS: readonly DivipolaEntry[] = [
  { code: '05', name: 'Antioquia' },
  { code: '08', name: 'Atlántico' },
  { code: '11', name: 'Bogotá, D.C.' },
  { code: '13', name: 'Bolívar' },
  { code: '15', name: 'Boyacá' },
  { code: '17', name: 'Caldas' },
  { code: '18', name: 'Caquetá' },
  { code: '19', name: 'Cauca' },
  { code: '20', name: 'Cesar' },
  { code: '23', name: 'Córdoba' },
  { code: '25', name: 'Cundinamarca' },
  { code: '27', name: 'Chocó' },
  { code: '41', name: 'Huila' },
  { code: '44', name: 'La Guajira' },
  { code: '47', name: 'Magdalena' },
  { code: '50', name: 'Meta' },
  { code: '52', name: 'Nariño' },
  { code: '54', name: 'Norte de Santander' },
  { code: '63', name: 'Quindío' },
  { code: '66', name: 'Risaralda' },
  { code: '68', name: 'Santander' },
  { code: '70', name: 'Sucre' },
  { code: '73', name: 'Tolima' },
  { code: '76', name: 'Valle del Cauca' },
  { code: '81', name: 'Arauca' },
  { code: '85', name: 'Casanare' },
  { code: '86', name: 'Putumayo' },
  { code: '88', name: 'Archipiélago de San Andrés, Providencia y Santa Catalina' },
  { code: '91', name: 'Amazonas' },
  { code: '94', name: 'Guainía' },
  { code: '95', name: 'Guaviare' },
  { code: '97', name: 'Vaupés' },
  { code: '99', name: 'Vichada' },
];

/** The municipalities the November 2025 report names, with their DANE DIVIPOLA codes. */
export const MUNICIPALITIES: readonly MunicipalityEntry[] = [
  { code: '05001', name: 'Medellín', departmentCode: '05' },
  { code: '05045', name: 'Apartadó', departmentCode: '05' },
  { code: '05490', name: 'Necoclí', departmentCode: '05' },
  { code: '05837', name: 'Turbo', departmentCode: '05' },
  { code: '08001', name: 'Barranquilla', departmentCode: '08' },
  { code: '11001', name: 'Bogotá, D.C.', departmentCode: '11' },
  { code: '13001', name: 'Cartagena de Indias', departmentCode: '13' },
  { code: '25473', name: 'Mosquera', departmentCode: '25' },
  { code: '25754', name: 'Soacha', departmentCode: '25' },
  { code: '27006', name: 'Acandí', departmentCode: '27' },
  { code: '27372', name: 'Juradó', departmentCode: '27' },
  { code: '44001', name: 'Riohacha', departmentCode: '44' },
  { code: '44430', name: 'Maicao', departmentCode: '44' },
  { code: '44847', name: 'Uribia', departmentCode: '44' },
  { code: '47001', name: 'Santa Marta', departmentCode: '47' },
  { code: '52356', name: 'Ipiales', departmentCode: '52' },
  { code: '54001', name: 'San José de Cúcuta', departmentCode: '54' },
  { code: '54810', name: 'Tibú', departmentCode: '54' },
  { code: '54874', name: 'Villa del Rosario', departmentCode: '54' },
  { code: '68001', name: 'Bucaramanga', departmentCode: '68' },
  { code: '76001', name: 'Santiago de Cali', departmentCode: '76' },
  { code: '76109', name: 'Buenaventura', departmentCode: '76' },
  { code: '81001', name: 'Arauca', departmentCode: '81' },
  { code: '99001', name: 'Puerto Carreño', departmentCode: '99' },
];

/** Rejects anything that is not a 2-digit department code, before any lookup. */
export function assertDepartmentCode(code: string, field = 'code'): void {
  if (!/^\d{2}$/.test(code)) {
    throw badUserInput(
      field,
      `El código DIVIPOLA de un departamento tiene 2 dígitos, como texto (por ejemplo "54" para Norte de Santander); se recibió "${code}".`,
    );
  }
}

/** Rejects anything that is not a 5-digit municipality code, before any lookup. */
export function assertMunicipalityCode(code: string, field = 'code'): void {
  if (!/^\d{5}$/.test(code)) {
    throw badUserInput(
      field,
      `El código DIVIPOLA de un municipio tiene 5 dígitos, como texto y con el cero inicial (por ejemplo "05490" para Necoclí); se recibió "${code}".`,
    );
  }
}
