import type { Rule } from '../../types.ts';
import { rule as ageOver89 } from './age-over-89.ts';
import { rule as bareAge } from './bare-age.ts';
import { rule as contact } from './contact.ts';
import { rule as distinctiveFeatures } from './distinctive-features.ts';
import { rule as encounterDate } from './encounter-date.ts';
import { rule as groupedNumber } from './grouped-number.ts';
import { rule as exactAge } from './exact-age.ts';
import { rule as knownConnection } from './known-connection.ts';
import { rule as localEvent } from './local-event.ts';
import { rule as mention } from './mention.ts';
import { rule as narrowingDetail } from './narrowing-detail.ts';
import { rule as notablePerson } from './notable-person.ts';
import { rule as occasion } from './occasion.ts';
import { rule as patientHandle } from './patient-handle.ts';
import { rule as patientName } from './patient-name.ts';
import { rule as patientPhoto } from './patient-photo.ts';
import { rule as place } from './place.ts';
import { rule as postcode } from './postcode.ts';
import { rule as properNoun } from './proper-noun.ts';
import { rule as rareCondition } from './rare-condition.ts';
import { rule as recordNumber } from './record-number.ts';
import { rule as roomNumber } from './room-number.ts';
import { rule as unitLocation } from './unit-location.ts';
import { rule as watchTerms } from './watch-terms.ts';

export const privacyRules: readonly Rule[] = [
  patientName,
  encounterDate,
  ageOver89,
  exactAge,
  place,
  roomNumber,
  contact,
  recordNumber,
  patientHandle,
  patientPhoto,
  rareCondition,
  notablePerson,
  localEvent,
  distinctiveFeatures,
  knownConnection,
  watchTerms,
  narrowingDetail,
  bareAge,
  properNoun,
  postcode,
  groupedNumber,
  mention,
  unitLocation,
  occasion,
];
