export {
  createActionLoaders,
  findAction,
  numberedTasks,
  ownActionFields,
  listTasks,
  qualitativeReport,
  type ActionDatabase,
  type ActionLoaders,
  type ActionRow,
  type ActionTable,
  type QualitativeReportView,
  type TaskTable,
  type TaskView,
} from './actions.js';
export { isExistingIsoDate } from './calendar.js';
export { openDatabase, statementCount, IN_MEMORY } from './database.js';
export { INDICATOR_DATASET, REPORT_DATASET, type DatasetDatabase } from './dataset.js';
export {
  DEPARTMENTS,
  MUNICIPALITIES,
  assertDepartmentCode,
  assertMunicipalityCode,
  type DivipolaEntry,
  type MunicipalityEntry,
} from './divipola.js';
export { badUserInput, notFound } from './errors.js';
export { migrateToLatest } from './migrations.js';
export { chunks } from './chunks.js';
export type { SyntheticSites } from './synthetic.js';
export { narrowTo } from './narrow.js';
export { PERIODS, periodById, type PeriodDatabase, type PeriodRow } from './periods.js';
export { reportedDate, type DateValidity, type ReportedDateValue } from './reported-date.js';
export { CopScalar, DateScalar } from './scalars.js';
export { stopOnSignals } from './shutdown.js';
export { buildSchemaFromFile } from './schema.js';
export {
  runSubgraph,
  startSubgraph,
  subgraphOptionsFromEnv,
  prepareSubgraphDatabase,
  type Dataset,
  type RunningSubgraph,
  type SubgraphDatabase,
  type SubgraphDefinition,
  type SubgraphOptions,
} from './subgraph.js';
export {
  findDepartment,
  createTerritoryLoaders,
  findMunicipality,
  getDepartment,
  getMunicipality,
  listDepartments,
  seedTerritories,
  type DepartmentRow,
  type MunicipalityRow,
  type TerritoryDatabase,
  type TerritoryLoaders,
} from './territory.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  currentFacts,
  pageFacts,
  type FactConnectionView,
  type FactDatabase,
  type FactFilter,
  type FactPageArgs,
  type FactView,
} from './facts.js';
export {
  findIndicator,
  indicatorCodes,
  listIndicators,
  type IndicatorDatabase,
  type IndicatorRow,
  type IndicatorTable,
  type MinistryDataRef,
} from './indicators.js';
export { factFields, indicatorFields, ministryDataFields } from './bi-resolvers.js';
export {
  ANONYMOUS,
  GATEWAY_SECRET_HEADER,
  IDENTITY_HEADER,
  MINISTRY_CODES,
  ROLES,
  gatewaySecret,
  identityFromHeaders,
  identityHeaders,
  jwtSecret,
  mintToken,
  verifyToken,
  type Identity,
  type MinistryCode,
  type Role,
} from './identity.js';
export { listChanges, type AuditDatabase, type ChangeRow } from './audit.js';
export {
  TASK_STATUSES,
  changeFields,
  setTaskStatus,
  taskFields,
  type MutationNamespace,
  type SetTaskStatusInput,
  type TaskStatus,
} from './task-status.js';
export { assertCanReport } from './write-access.js';
export { nonexistentDeadlines, readSpanishAmount, sameNarrative, statedMismatch, type FindingView } from './findings.js';
export { MAX_NARRATIVE_LENGTH, reportFields, submitReport, type SubmitReportInput } from './qualitative-report.js';
export { versionedWrite, type VersionedWrite } from './versioned-write.js';
export { factHistoryFields, factRow, recordValue, type RecordValueInput } from './recorded-values.js';
export { importDivipola, readDivipolaCsv, type DivipolaFile } from './divipola-import.js';
export {
  assertPeriodOpen,
  listApprovals,
  periodApprovalFields,
  transitionPeriod,
  type ApprovalDatabase,
  type PeriodApprovalView,
  type PeriodTransitionInput,
} from './period-approval.js';
export { ministryMutations } from './ministry-mutations.js';
export { groupLoader, oneLoader } from './loaders.js';
