export {
  createActionLoaders,
  findAction,
  numberedTasks,
  ownActionFields,
  listTasks,
  qualitativeReport,
  type ActionDatabase,
  type ActionInCut,
  type ActionStatus,
  findReport,
  type ActionLoaders,
  type ActionRow,
  type ActionTable,
  type NarrativeIndexRef,
  listNarratives,
  type QualitativeReportView,
  type TaskTable,
  type TaskView,
} from './modules/actions/actions.js';
export { isExistingIsoDate } from './modules/periods/calendar.js';
export { openDatabase, statementCount, IN_MEMORY } from './platform/database.js';
export { isPostgres, isPostgresLocation, redactedLocation, writeTransaction } from './platform/postgres.js';
export { copyDatabase, CopyError, type CopiedTable } from './platform/database-copy.js';
export { memoisedAggregate } from './platform/data-version.js';
export { INDICATOR_DATASET, REPORT_DATASET, type DatasetDatabase } from './platform/dataset.js';
export {
  DEPARTMENTS,
  MUNICIPALITIES,
  assertDepartmentCode,
  assertMunicipalityCode,
  type DivipolaEntry,
  type MunicipalityEntry,
} from './modules/territory/divipola.js';
export { badUserInput, notFound } from './graphql/errors.js';
export { WRITE_MIGRATIONS, KIT_MIGRATIONS, migrateToLatest } from './platform/migrations.js';
export { chunks } from './platform/chunks.js';
export type { SyntheticSites } from './platform/synthetic.js';
export { narrowTo } from './platform/narrow.js';
export { PERIODS, periodById, type PeriodDatabase, type PeriodRow } from './modules/periods/periods.js';
export { namedPeriod } from './modules/periods/named-period.js';
export { reportedDate, type DateValidity, type ReportedDateValue } from './modules/periods/reported-date.js';
export { CopScalar, DateScalar } from './graphql/scalars.js';
export { stopOnSignals } from './platform/shutdown.js';
export { GRAPHIQL_ASSETS_PATH, graphiqlAssets, graphiqlLandingPage } from './platform/graphiql.js';
export { SILENT_LOGGER, accessLog, createLogger, requestFacts, type Logger, type RequestFacts } from './platform/logger.js';
export { healthRoutes } from './platform/health.js';
export { factsOf, observe, requestLogPlugin } from './platform/request-log-plugin.js';
export {
  ConfigError,
  DEFAULT_HOST,
  DEV_SECRETS,
  MIN_SECRET_BYTES,
  readClusterConfig,
  readGatewayConfig,
  readJwtKey,
  readSubgraphConfig,
  type ClusterConfig,
  type GatewayConfig,
  type SubgraphConfig,
} from './platform/config.js';
export {
  REPLAY_WINDOW_MS,
  SIGNATURE_HEADERS,
  createRequestVerifier,
  encodeIdentity,
  signRequest,
} from './modules/reporting/gateway-signature.js';
export { createCursorCodec, type CursorCodec } from './modules/facts/cursor.js';
export { GATEWAY_LIMITS, SUBGRAPH_LIMITS, type OperationLimits } from './graphql/operation-limits.js';
export { operationLimitOptions, operationLimitRules } from './graphql/operation-limit-rules.js';
export { clientSafeError } from './graphql/client-safe-error.js';
export { inputChecksPlugin } from './platform/input-checks-plugin.js';
export { subgraphFormatError } from './platform/subgraph-format-error.js';
export { jsonBody, malformedBodyHandler } from './platform/json-body.js';
export { responseSizeLimit } from './platform/response-size.js';
export { runtimeGraphql } from './graphql/runtime-graphql.js';
export { CLIENT_KEEP_ALIVE_MS, SERVER_HEADERS_TIMEOUT_MS, SERVER_KEEP_ALIVE_MS } from './platform/keep-alive.js';
export { createGraphQLHttpServer } from './platform/http-server.js';
export { buildSchema, federationLink } from './graphql/build-schema.js';
export { fillMappers, fillTemplate, readSdl, type SubgraphModule } from './graphql/subgraph-module.js';
export { scalarsModule } from './graphql/scalars-module.js';
export { findingsModule } from './modules/findings/module.js';
export { territoryModule, territoryQueriesModule } from './modules/territory/module.js';
export { KIT_MAPPERS } from './kit-mappers.js';
export type { KitContext } from './platform/kit-context.js';
export type { SubgraphDatabase } from './platform/kit-database.js';
export {
  ministryEntry,
  ministryKitModules,
  ministrySubgraph,
  type MinistryContext,
  type MinistrySubgraphParts,
} from './platform/ministry-subgraph.js';
export * from './platform/registry.js';
export {
  SUBGRAPH_GRAPHQL_PATH,
  runSubgraph,
  startSubgraph,
  DEVELOPMENT_RUNTIME,
  prepareSubgraphDatabase,
  type Dataset,
  type RunningSubgraph,
  type SubgraphDefinition,
  type SubgraphOptions,
  type SubgraphRuntime,
} from './platform/subgraph.js';
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
} from './modules/territory/territory.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  currentFacts,
  disaggregationOf,
  pageFacts,
  periodKindOf,
  type Disaggregation,
  type PeriodKind,
  type ReportFactView,
  type FactConnectionView,
  type FactDatabase,
  type FactFilter,
  type FactPageArgs,
  type FactView,
} from './modules/facts/facts.js';
export { factTable } from './modules/facts/fact-table.js';
export {
  findIndicator,
  indicatorCodes,
  listIndicators,
  type IndicatorDatabase,
  type IndicatorRow,
  type IndicatorTable,
  type MinistryDataRef,
} from './modules/facts/indicators.js';
export { factFields, indicatorFields, ministryDataFields } from './modules/facts/bi-resolvers.js';
export { figurePeriod, figurePeriodInCut, missingFigure } from './modules/facts/figures.js';
export {
  ANONYMOUS,
  MINISTRY_CODES,
  ROLES,
  jwtSecret,
  mintToken,
  verifyAuthorization,
  verifyToken,
  type Identity,
  type MinistryCode,
  type Role,
} from './modules/reporting/identity.js';
export { MAX_TOKEN_AGE_HOURS, TOKEN_AUDIENCE, TOKEN_ISSUER, isAnonymous } from './modules/reporting/identity.js';
export { listChanges, type AuditDatabase, type ChangeRow } from './modules/reporting/audit.js';
export {
  TASK_STATUSES,
  setTaskStatus,
  taskFields,
  type MutationNamespace,
  type SetTaskStatusInput,
  type TaskStatus,
} from './modules/actions/task-status.js';
export { changeFields } from './modules/reporting/change-fields.js';
export { nonexistentDeadlines, readSpanishAmount, sameNarrative, statedMismatch, type FindingView } from './modules/findings/findings.js';
export { MAX_NARRATIVE_LENGTH, reportFields, submitReport, type SubmitReportInput } from './modules/actions/qualitative-report.js';
export { versionedWrite, type VersionedWrite } from './modules/reporting/versioned-write.js';
export { assertCanReport, assertSecretariat, type DataOwner } from './modules/reporting/write-access.js';
export { factHistoryFields, factRow, recordValue, type RecordValueInput } from './modules/facts/recorded-values.js';
export { MAX_SITE_LENGTH, MAX_VALUE_BY_UNIT } from './modules/facts/recorded-values.js';
export { importDivipola, readDivipolaCsv, type DivipolaFile } from './modules/territory/divipola-import.js';
export {
  assertPeriodOpen,
  listApprovals,
  periodApprovalFields,
  transitionPeriod,
  type ApprovalDatabase,
  type PeriodApprovalView,
  type PeriodTransitionInput,
} from './modules/reporting/period-approval.js';
export { ministryMutations } from './modules/reporting/ministry-mutations.js';
export { groupLoader, oneLoader } from './platform/loaders.js';
export {
  CUT_ID,
  REPORT_CUT_ID,
  closingDate,
  cutForWrite,
  findCut,
  listCuts,
  selectCut,
  type ApprovedCutSnapshotTable,
  type CutDatabase,
  type CutStatus,
  type ReportCutRow,
  type ReportCutTable,
} from './modules/cuts/cuts.js';
export { ruleBreaches, type RuleBreach, type ValueRule } from './modules/facts/value-rules.js';
export { CUTS_SCHEMA, cutsModule, type ReportCutRef } from './modules/cuts/module.js';
export { changeModule } from './modules/reporting/change-module.js';
export { cutMutations, cutSubmissionFields } from './modules/cuts/cut-fields.js';
export { openCut, transitionCut, type CutTransition, type CutTransitionInput, type OpenCutInput } from './modules/cuts/cut-transitions.js';
export {
  createFigureLoaders,
  factId,
  figureCut,
  figureValue,
  nationalFigure,
  type FigureArgs,
  type FigureLoaders,
} from './modules/facts/figure-loaders.js';
