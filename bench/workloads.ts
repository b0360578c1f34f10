import { MINISTRY_CODES } from '@cnim/kit';
/** W1: the whole plan, as the subcommission's dashboard opens it: 15 actions from five subgraphs with their tasks and headline figures. */
export const WHOLE_PLAN = /* GraphQL */ `
  query WholePlan {
    plan {
      overallProgressPercent
      actions {
        number
        ministry
        ownerInReport
        ... on IgualdadAction {
          title
          tasks { ...TaskFields }
          integrateCentres { statedCentreCount statedPeopleAttended peopleAttendedByCentres investment }
          trainings { statedTrainingCount officialsTrained }
          communityParticipation { statedSpaceCount statedParticipants participantsBySpace }
          migrationRoundtables { statedCount listedCount }
          technicalTables { statedCount }
          organisationDirectory { organisationsMapped }
        }
        ... on SaludAction {
          title
          tasks { ...TaskFields }
          psychosocialFunding { allocatedTotal transferredTotal statedTransferCount desistedCount }
        }
        ... on SenaAction {
          title
          tasks { ...TaskFields }
          occupationalGuidance { migrantsOriented women venezuelanWomen }
          skillsCertification { migrantsCertified trainingCentres }
        }
        ... on EducacionAction {
          title
          tasks { ...TaskFields }
          circular038 { statedSecretariatCount }
        }
        ... on TrabajoAction {
          title
          tasks { ...TaskFields }
          laborFormalization { borderDepartmentTotal }
          employmentPlacement { statedAgreementCount statedManualCount }
        }
      }
    }
  }
  fragment TaskFields on Task { number description status deadline { asWritten date validity } }
`;

const TERRITORY_FIGURES = /* GraphQL */ `
  fragment MunicipalityFigures on Municipality {
    code
    name
    integrateCentres { id name peopleAttended }
    communitySpaces { name participants }
    psychosocialAllocations { amount status }
    educationAccompaniments { secretariatName level }
  }
`;

/** W2: every municipality with every ministry's figures for it: one entity fan-out per ministry. */
export const ALL_MUNICIPALITIES = /* GraphQL */ `
  query AllMunicipalities {
    departments {
      code
      name
      laborFormalizationParticipants { participants }
      municipalities { ...MunicipalityFigures }
    }
  }
  ${TERRITORY_FIGURES}
`;

/** W2 for one department: the same plan over about 3 % of the entities, to show statements do not grow with them. */
export const ONE_DEPARTMENT = /* GraphQL */ `
  query OneDepartment($code: String!) {
    department(code: $code) {
      code
      name
      laborFormalizationParticipants { participants }
      municipalities { ...MunicipalityFigures }
    }
  }
  ${TERRITORY_FIGURES}
`;

/**
 * W3: the BI connector's refresh loop (docs/bi-connectors.md, "A whole refresh"): every ministry, every
 * page of 1000, in the table shape the README's loop reads (headers once, one row of scalars per fact).
 */
export const FACT_TABLE_PAGE = /* GraphQL */ `
  query FactTablePage($ministry: Ministry!, $after: String) {
    ministry(code: $ministry) {
      factTable(first: 1000, after: $after) {
        totalCount
        headers { name type nullable }
        rows
        pageInfo { endCursor hasNextPage }
      }
    }
  }
`;

/** A full refresh walks every ministry of the registry. */
export const MINISTRIES = MINISTRY_CODES;
