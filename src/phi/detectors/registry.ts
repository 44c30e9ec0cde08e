/** The detectors detect.ts runs over every text, in order (the names detector runs after them, in scanText). */
import { detectAges } from './age'
import { detectContact } from './contact'
import { detectDates } from './dates'
import { detectIds } from './ids'
import { detectLocations } from './location'
import { detectMultilingual } from './multilingual'
import { detectPatronymicNames } from './patronymic-names'
import { detectSpelledIds } from './spelled-ids'
import { detectStreetsLivedOn } from './streets-lived-on'
import { detectSpokenNumbers } from './spoken-numbers'
import { detectSpoken } from './spoken-ids'
import { detectAffiliations } from './affiliations'
import { detectAddressClauses } from './address-clauses'
import { detectResidence } from './residence'
import { detectCorrections } from './corrections'
import { detectFacilityNames } from './facility-names'
import { detectHanNames } from './han-names'
import { detectChartOrderNames } from './surname-first'
import { detectHandles, detectSpanishSpelling, detectSpokenHandles } from './handles'
import { detectLinkedNames } from './linked-names'
import { detectHolidays } from './named-days'
import { detectDottedDates } from './dotted-dates'
import { detectUnreadMonthDates } from './unread-month-dates'
import { detectPeriods } from './periods'
import { detectScriptPlaces } from './script-places'
import { detectCapitalisedTowns } from './capitalised-towns'
import { detectCompoundTowns } from './compound-towns'
import { detectTownsAfterPrepositions } from './towns-after-prepositions'
import { detectCounties } from './counties'
import { detectHanAddresses } from './han-addresses'
import { detectTownsBeforeStates } from './towns-before-states'
import { detectTownsBeforeCountries } from './towns-before-countries'
import { detectTownsAbroad } from './towns-abroad'
import { detectEmployers } from './employers'
import { detectChains } from './chains'
import { detectHeadFirstNames } from './head-first-names'
import { detectOrganisations } from './organisations'
import { detectHeadedOrganisations } from './headed-organisations'
import { detectForeignStreets } from './foreign-streets'
import { detectResidenceParks } from './residence-parks'
import { detectRoleAppositions } from './role-appositions'
import { detectInitialledNames } from './initialled-names'
import type { Detector } from './types'

/** Each detector with its name (for profiles and debugging), in the order they run. */
export const DETECTORS: ReadonlyArray<readonly [string, Detector]> = [
  ['contact', detectContact],
  ['ids', detectIds],
  ['dates', detectDates],
  ['ages', detectAges],
  ['locations', detectLocations],
  ['spoken', detectSpoken],
  ['spoken-numbers', detectSpokenNumbers],
  ['spelled-ids', detectSpelledIds],
  ['multilingual', detectMultilingual],
  ['patronymic-names', detectPatronymicNames],
  ['holidays', detectHolidays],
  ['dotted-dates', detectDottedDates],
  ['unread-month-dates', detectUnreadMonthDates],
  ['periods', detectPeriods],
  ['script-places', detectScriptPlaces],
  ['capitalised-towns', detectCapitalisedTowns],
  ['compound-towns', detectCompoundTowns],
  ['towns-after-prepositions', detectTownsAfterPrepositions],
  ['counties', detectCounties],
  ['han-addresses', detectHanAddresses],
  ['linked-names', detectLinkedNames],
  ['address-clauses', detectAddressClauses],
  ['residence', detectResidence],
  ['towns-before-states', detectTownsBeforeStates],
  ['towns-before-countries', detectTownsBeforeCountries],
  ['towns-abroad', detectTownsAbroad],
  ['employers', detectEmployers],
  ['chains', detectChains],
  ['head-first-names', detectHeadFirstNames],
  ['organisations', detectOrganisations],
  ['headed-organisations', detectHeadedOrganisations],
  ['affiliations', detectAffiliations],
  ['streets-lived-on', detectStreetsLivedOn],
  ['foreign-streets', detectForeignStreets],
  ['residence-parks', detectResidenceParks],
  ['handles', detectHandles],
  ['spoken-handles', detectSpokenHandles],
  ['spanish-spelling', detectSpanishSpelling],
  ['corrections', detectCorrections],
  ['role-appositions', detectRoleAppositions],
  ['facility-names', detectFacilityNames],
  ['chart-order-names', detectChartOrderNames],
  ['initialled-names', detectInitialledNames],
  ['han-names', detectHanNames],
  // The names detector runs last, in scanText: its words are kept for the names pass over the scrubbed reading.
]
