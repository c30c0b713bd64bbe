// Canonical CamelCase forms of common multi-word medical hashtags, used by clarity/hashtag-case
// alongside the hashtag ontology (which covers many more). Lower-case chat tags (#hcsm, #hpm)
// are deliberately absent: their convention is lower case.
export const CAMEL_CASE_TAGS: readonly string[] = [
  '#BreastCancer', '#LungCancer', '#ColorectalCancer', '#ProstateCancer', '#OvarianCancer', '#CervicalCancer',
  '#SkinCancer', '#PancreaticCancer', '#CancerSurvivor', '#MedEd', '#MedTwitter', '#NurseTwitter', '#NursesTwitter',
  '#EmergencyMedicine', '#FamilyMedicine', '#InternalMedicine', '#PublicHealth', '#GlobalHealth', '#MentalHealth',
  '#PatientSafety', '#HealthEquity', '#HeartFailure', '#HeartHealth', '#HeartMonth', '#LongCovid', '#SickleCell',
  '#RareDiseaseDay', '#RareDisease', '#HIVPrevention', '#WorldAIDSDay', '#VaccinesWork', '#FluShot', '#WomenInMedicine',
  '#WomenInSurgery', '#MedStudentTwitter', '#CardioTwitter', '#IDTwitter', '#PedsTwitter', '#PhysicianBurnout',
  '#DiabetesAwareness', '#WorldDiabetesDay', '#StrokeAwareness', '#SuicidePrevention', '#OpioidCrisis', '#HarmReduction',
  '#ClinicalTrials', '#PrecisionMedicine', '#DigitalHealth', '#PalliativeCare', '#PrimaryCare', '#CriticalCare',
  '#ChronicPain', '#ChronicIllness', '#MaternalHealth', '#ChildHealth', '#SleepHealth', '#KidneyHealth', '#LiverHealth',
];
