/** Military ranks written short ("Sgt.", "Lt. Cmdr."): a name follows them, so their full stop ends no sentence. */
export const RANK_ABBREVIATIONS: readonly string[] = ['sgt', 'lt', 'capt', 'col', 'gen', 'maj', 'cpl', 'pvt', 'cmdr', 'cdr', 'adm'];
