// How hashtags are written, for clarity/hashtag-case: the CamelCase form of multi-word medical
// hashtags (screen readers read the words), and tweet-chat tags whose convention is lower case.
// Kept in step with the hashtag ontology by tests/engine/data/hashtag-case.test.ts, so the rule, which
// runs in the page on every keystroke, does not load the ontology.
export const CAMEL_CASE_TAGS: readonly string[] = [
   '#BreastCancer', '#LungCancer', '#ColorectalCancer', '#ProstateCancer', '#OvarianCancer', '#CervicalCancer',
   '#SkinCancer', '#PancreaticCancer', '#CancerSurvivor', '#MedEd', '#MedTwitter', '#NurseTwitter',
   '#NursesTwitter', '#EmergencyMedicine', '#FamilyMedicine', '#InternalMedicine', '#PublicHealth',
   '#GlobalHealth', '#MentalHealth', '#PatientSafety', '#HealthEquity', '#HeartFailure', '#HeartHealth',
   '#HeartMonth', '#LongCovid', '#SickleCell', '#RareDiseaseDay', '#RareDisease', '#HIVPrevention',
   '#WorldAIDSDay', '#VaccinesWork', '#FluShot', '#WomenInMedicine', '#WomenInSurgery', '#MedStudentTwitter',
   '#CardioTwitter', '#IDTwitter', '#PedsTwitter', '#PhysicianBurnout', '#DiabetesAwareness',
   '#WorldDiabetesDay', '#StrokeAwareness', '#SuicidePrevention', '#OpioidCrisis', '#HarmReduction',
   '#ClinicalTrials', '#PrecisionMedicine', '#DigitalHealth', '#PalliativeCare', '#PrimaryCare',
   '#CriticalCare', '#ChronicPain', '#ChronicIllness', '#MaternalHealth', '#ChildHealth', '#SleepHealth',
   '#KidneyHealth', '#LiverHealth', '#AddictionMedicine', '#AdvanceCarePlanning', '#AFib', '#AllergyTwitter',
   '#AnesTwitter', '#AntibioticStewardship', '#AntimicrobialStewardship', '#AYAcancer', '#BeTheMatch',
   '#BladderCancer', '#BrainTumor', '#BreastCancerAwareness', '#BreastImaging', '#CardioOnc', '#CardioUpdate',
   '#ChildhoodCancer', '#ClimateHealth', '#CRCAwareness', '#CRCscreening', '#CritCare', '#CrohnsAndColitis',
   '#CTSurgery', '#CysticFibrosis', '#SaludPública', '#SantéPublique', '#WomensHealth', '#AcademicTwitter',
   '#DermTwitter', '#DiabeticFoot', '#DonateLife', '#DontFryDay', '#EatingDisorders', '#EchoFirst', '#EMConf',
   '#EMTwitter', '#EndOfLife', '#EndoTwitter', '#ePatient', '#EPeeps', '#FixPriorAuth', '#FOAMcc', '#FOAMed',
   '#FOAMems', '#FOAMped', '#FOAMRad', '#GeriTwitter', '#GITwitter', '#GiveBlood', '#GlobalSurgery',
   '#HandHygiene', '#HandsOnlyCPR', '#HandSurgery', '#HealthPolicy', '#HemeOnc', '#HemePath', '#HemOnc',
   '#HospitalMedicine', '#HSROnc', '#ILookLikeASurgeon', '#ImmunoOnc', '#IMTwitter', '#InfectionPrevention',
   '#InjuryPrevention', '#InSituPathologists', '#IRad', '#KidneyDisease', '#KidneyStones', '#LiverTwitter',
   '#LungHealth', '#LymeDisease', '#MedBikini', '#MedOnc', '#MedSim', '#MelanomaAwareness',
   '#MultipleSclerosis', '#NephMadness', '#NephTwitter', '#NeuroRad', '#NeuroTwitter', '#OccMed', '#OncoAlert',
   '#OncoRad', '#OncTwitter', '#OphthoTwitter', '#OrganDonation', '#OrthoTwitter', '#PainMedicine', '#PallOnc',
   '#PathResidents', '#PathTwitter', '#PatientsIncluded', '#PedOnc', '#PedsCards', '#PedsDerm', '#PedsOnc',
   '#PedSurg', '#PharmTwitter', '#PhysicianWellness', '#PlasticSurgery', '#PriorAuth', '#ProtonTherapy',
   '#PsychTwitter', '#PulmTwitter', '#QuitSmoking', '#RadOnc', '#RadRes', '#RadTwitter', '#RheumTwitter',
   '#RuralHealth', '#SleepMedicine', '#SleepNeurology', '#SocialMedia', '#SoMe4Surgery', '#SportsMed',
   '#SportsMedicine', '#StopTheBleed', '#SuppOnc', '#SurgEd', '#SurgOnc', '#SurgTwitter', '#ThisIsOurLane',
   '#ThyroidCancer', '#TipsForNewDocs', '#TouretteAwareness', '#VascSurg', '#WomeninCardiology',
   '#WorldCancerDay', '#WoundCare',
];

/** Tweet-chat tags, written in lower case by convention (#hcsm, #hpm): never flagged. */
export const LOWER_CASE_CHAT_TAGS: readonly string[] = [
   '#askapediatrician', '#ayacsm', '#bcsm', '#btsm', '#dsma', '#eastjc', '#gyncsm', '#hcldr', '#hcsm',
   '#healthsocmed', '#hemeonc', '#hitsm', '#hpm', '#hpmglobal', '#jgimchat', '#jhmchat', '#lcsm',
   '#livecasediscussions', '#mdchat', '#nephjc', '#nurchat', '#obsm', '#pancsm', '#pcsm', '#pedsm',
   '#ptsafety', '#rheumjc', '#rnchat', '#tweetorial', '#urojc', '#urosome',
];
