import { badUserInput, factFields, indicatorFields, ministryDataFields } from '@cnim/kit';
import type { MinistryCode } from '../db/database.js';
import { listIndicatorRefs, MINISTRIES } from '../db/indicator-index.js';
import type {
  EducacionDataResolvers,
  EducacionIndicatorResolvers,
  FactResolvers,
  IgualdadDataResolvers,
  IgualdadIndicatorResolvers,
  IndicatorResolvers,
  MinistryDataResolvers,
  QueryResolvers,
  SaludDataResolvers,
  SaludIndicatorResolvers,
  SenaDataResolvers,
  SenaIndicatorResolvers,
  TrabajoDataResolvers,
  TrabajoIndicatorResolvers,
} from '../generated/resolvers-types.js';

const PREFIX: Record<MinistryCode, 'Igualdad' | 'Salud' | 'Sena' | 'Educacion' | 'Trabajo'> = {
  IGUALDAD: 'Igualdad',
  SALUD: 'Salud',
  SENA: 'Sena',
  EDUCACION: 'Educacion',
  TRABAJO: 'Trabajo',
};
const IGUALDAD_DATA = ministryDataFields('IGUALDAD');

export const indicatorQueries: Pick<QueryResolvers, 'indicators' | 'ministries' | 'ministry' | 'igualdadIndicators' | 'igualdadFacts'> = {
  indicators: (_, { filter }, { db }) => {
    if (filter?.action != null && (filter.action < 1 || filter.action > 15)) {
      throw badUserInput('filter.action', `El plan tiene 15 acciones, numeradas de 1 a 15; no existe la acción ${filter.action}.`);
    }
    return listIndicatorRefs(db, filter ?? {});
  },
  ministries: () => MINISTRIES.map((ministry) => ({ ministry })),
  ministry: (_, { code }) => ({ ministry: code }),
  igualdadIndicators: (_, args, context) => IGUALDAD_DATA.indicators(undefined, args, context),
  igualdadFacts: (_, args, context) => IGUALDAD_DATA.facts(undefined, args, context),
};

export const Indicator: IndicatorResolvers = {
  // Index entries carry their owner; a full sheet is one of Igualdad's own.
  __resolveType: (indicator) => `${'ministry' in indicator ? PREFIX[indicator.ministry] : 'Igualdad'}Indicator` as const,
};

export const MinistryData: MinistryDataResolvers = {
  __resolveType: (data) => `${PREFIX[data.ministry as MinistryCode]}Data` as const,
};

export const IgualdadIndicator: IgualdadIndicatorResolvers = indicatorFields('IGUALDAD');
export const IgualdadData: IgualdadDataResolvers = IGUALDAD_DATA;
export const Fact: FactResolvers = factFields;

// The index only routes other ministries' entities: their own subgraphs answer everything else.
export const SaludIndicator: SaludIndicatorResolvers = {};
export const SenaIndicator: SenaIndicatorResolvers = {};
export const EducacionIndicator: EducacionIndicatorResolvers = {};
export const TrabajoIndicator: TrabajoIndicatorResolvers = {};
export const SaludData: SaludDataResolvers = {};
export const SenaData: SenaDataResolvers = {};
export const EducacionData: EducacionDataResolvers = {};
export const TrabajoData: TrabajoDataResolvers = {};
