/**
 * Names that are ordinary words. STOP_NAMES are vocabulary root terms or words that name no
 * entity in a patient article ("disease" is DOID:4, "All" is HP:0000001): never matched.
 * COMMON_WORDS are real entity names that are also everyday words ("calcium" the drug, the lab
 * test and the mineral in food; "iron"; "oxygen"): matched only when the section prefers their
 * kind (a "Drugs" section, a "Diagnosis" section) or, for genes, in gene context. Both are
 * compared after normalisation.
 */
export const STOP_NAMES: readonly string[] = [
  'all', 'disease', 'disorder', 'syndrome', 'phenotype', 'phenotypic abnormality', 'symptom', 'sign',
  'clinical modifier', 'mode of inheritance', 'frequency', 'onset', 'death', 'medical history',
  'abnormality', 'abnormal', 'normal', 'finding', 'condition', 'sign or symptom', 'general symptom',
  'cell', 'gene', 'protein', 'drug', 'test', 'procedure', 'treatment', 'therapy', 'water', 'air',
  'light', 'heat', 'cold', 'age', 'time', 'rest', 'sleep', 'food', 'diet', 'life', 'man', 'woman',
  'child', 'children', 'people', 'person', 'patient', 'type', 'form', 'level', 'rate', 'risk', 'case', 'balance',
  'other', 'unknown', 'none', 'single', 'multiple', 'progressive', 'severe', 'mild', 'chronic', 'acute',
  'congenital', 'recurrent', 'episodic', 'variable', 'increased', 'decreased', 'reduced', 'high', 'low',
  'infection', 'injury', 'lesion', 'mass', 'growth', 'development', 'tumor', 'neoplasm', 'carcinoma', 'malformation', 'defect', 'deficiency', 'insufficiency',
  'failure', 'dysfunction', 'damage', 'loss', 'change', 'variant', 'mutation', 'deletion', 'duplication',
  'a', 'an', 'the', 'and', 'or', 'not', 'can', 'may', 'will', 'is', 'are', 'was', 'be', 'as', 'at', 'it',
  'in', 'on', 'of', 'to', 'for', 'by', 'with', 'from', 'this', 'that', 'these', 'those', 'one', 'two',
  'also', 'most', 'some', 'many', 'more', 'less', 'very', 'each', 'every', 'both', 'any', 'such', 'well',
  'help', 'cause', 'causes', 'include', 'including', 'body', 'part', 'family', 'home', 'use', 'used',
  'blood', 'skin', 'bone', 'brain', 'heart', 'liver', 'kidney', 'lung', 'eye', 'ear', 'nose', 'mouth',
  'spectrum', 'complex', 'factor', 'receptor', 'enzyme', 'hormone', 'vitamin', 'mineral', 'sugar',
  'salt', 'fat', 'alcohol', 'smoking', 'tobacco', 'exercise', 'stress', 'hospital', 'doctor', 'nurse',
  'surgery', 'operation', 'examination', 'exam', 'screening', 'diagnosis', 'prognosis', 'management',
  'milestone', 'blood pressure', 'high grade', 'low grade', 'intermediate grade', 'the runs',
  'other specified', 'unspecified', 'not otherwise specified', 'nos', 'obsolete',
];

export const COMMON_WORDS: readonly string[] = [
  'calcium', 'iron', 'zinc', 'copper', 'magnesium', 'potassium', 'sodium', 'phosphorus', 'phosphate',
  'oxygen', 'nitrogen', 'carbon', 'hydrogen', 'glucose', 'fructose', 'lactose', 'sucrose', 'starch',
  'insulin', 'protein', 'albumin', 'cholesterol', 'iodine', 'fluoride', 'chloride', 'bicarbonate',
  'caffeine', 'nicotine', 'ethanol', 'histamine', 'dopamine', 'serotonin', 'adrenaline', 'melatonin',
  'collagen', 'keratin', 'hemoglobin', 'ferritin', 'bilirubin', 'creatinine', 'urea', 'uric acid',
  'lipase', 'amylase', 'vitamin a', 'vitamin b', 'vitamin c', 'vitamin d', 'vitamin e', 'vitamin k',
  'folate', 'biotin', 'lead', 'mercury', 'arsenic', 'silver', 'gold', 'platinum', 'tin', 'aluminum',
  'honey', 'milk', 'egg', 'wheat', 'soy', 'peanut', 'fish', 'rice', 'corn', 'coffee', 'tea', 'wine',
  'charcoal', 'clay', 'talc', 'wax', 'oil', 'soap', 'glycerin', 'cotton', 'latex', 'rubber',
  'impact', 'clock', 'trap', 'spring', 'act', 'map', 'cap', 'bad', 'rest', 'mask', 'fast', 'set',
];

/**
 * Stop-listed words our seed gives a meaning only where a section lists nothing but that kind,
 * and only as written: "infections" among a medicine's side effects is HPO's recurrent
 * infections, while "infection" stays unmatched everywhere.
 */
export const LIST_ONLY_WORDS: readonly string[] = ['infections'];
