/** The shapes of the dashboard's operations (operations/tablero/*.graphql); null where a ministry's subgraph did not answer. */
export interface Cut {
  id: string;
  label: string;
  state: string | null;
  closingDate: string;
}

export interface CutsData {
  cuts: Cut[];
  plan: { cut: { id: string } } | null;
}

export interface ProgressData {
  plan: { overallProgressPercent: number | null; reportTitle: string; reportCut: string } | null;
}

type N = number | null;

export interface ActionRow {
  number: number;
  ministry: string;
  title: string | null;
  status: string | null;
  report: { narrative: string | null; cut: string } | null;
  tasksDue: { number: number | null; description: string; deadline: { asWritten: string } | null; status: string }[] | null;
  findings: { rule: string; message: string }[] | null;
  integrateCentres?: { investment: N; statedCentreCount: N; peopleAttendedByCentres: N } | null;
  trainings?: { statedTrainingCount: N; officialsTrained: N } | null;
  communityParticipation?: { statedSpaceCount: N; statedParticipants: N } | null;
  migrationRoundtables?: { statedCount: N; listedCount: N } | null;
  technicalTables?: { statedCount: N } | null;
  organisationDirectory?: { organisationsMapped: N; preliminary: boolean } | null;
  psychosocialFunding?: { allocatedTotal: N; transferredTotal: N; statedTransferCount: N; desistedCount: N } | null;
  administrativeActs?: { stage: string }[] | null;
  occupationalGuidance?: { migrantsOriented: N; women: N; venezuelanWomen: N } | null;
  skillsCertification?: { migrantsCertified: N; trainingCentres: N } | null;
  circular038?: { statedSecretariatCount: N } | null;
  laborFormalization?: { borderDepartmentTotal: N } | null;
  employmentPlacement?: { statedAgreementCount: N; statedManualCount: N } | null;
}

export interface ActionsData {
  plan: {
    reportTitle: string;
    reportCut: string;
    cut: { id: string; label: string; state: string | null; closingDate: string };
    actions: ActionRow[];
  } | null;
}

export interface TerritoriesData {
  departments: { code: string; name: string; municipalities: { code: string; name: string }[] }[];
}

export interface Allocation {
  amount: number;
  transferred: number | null;
  status: string;
  period?: { id: string };
  /** A year with no value of its own, summed from its quarters. */
  derivedFromQuarters?: boolean;
}

export interface DepartmentData {
  department: {
    code: string;
    name: string;
    laborFormalizationParticipants: { participants: number; period: { id: string } }[] | null;
    migrationRoundtables: { name: string; heldOn: { asWritten: string } }[] | null;
    educationAccompaniments: { secretariatName: string; level: string }[] | null;
    municipalities: {
      code: string;
      name: string;
      integrateCentres: { name: string; peopleAttended: number | null }[] | null;
      psychosocialAllocations: Allocation[] | null;
    }[];
  } | null;
}

export interface MunicipalityData {
  municipality: {
    code: string;
    name: string;
    department: { code: string; name: string };
    integrateCentres: { name: string; peopleAttended: number | null; attendancePeriod: { id: string } | null }[] | null;
    communitySpaces: { name: string; participants: number }[] | null;
    psychosocialAllocations: Allocation[] | null;
    educationAccompaniments: { secretariatName: string; level: string }[] | null;
  } | null;
}
