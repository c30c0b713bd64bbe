// Profanity, lower case, whole words. Obfuscated spellings (f*ck, sh!t) are folded to these
// by the rule before look-up.
export const PROFANITY: readonly string[] = [
  'fuck', 'fucks', 'fucked', 'fucking', 'fuckin', 'fucker', 'fuckers', 'motherfucker', 'motherfuckers', 'motherfucking',
  'wtf', 'stfu', 'gtfo', 'ffs', 'shit', 'shits', 'shitty', 'shitting', 'bullshit', 'horseshit', 'shitshow', 'shithole',
  'ass', 'asses', 'asshole', 'assholes', 'jackass', 'dumbass', 'badass', 'bitch', 'bitches', 'bitching', 'bitchy',
  'bastard', 'bastards', 'damn', 'damned', 'dammit', 'goddamn', 'goddamned', 'goddammit', 'crap', 'crappy', 'piss',
  'pissed', 'pissing', 'dickhead', 'cunt', 'cunts', 'twat', 'wanker',
  'wankers', 'bollocks', 'bugger', 'arse', 'arsehole', 'slut', 'sluts', 'whore', 'whores', 'douche', 'douchebag',
  'retard', 'retarded', 'retards', 'tard', 'spaz',
  'dipshit', 'dipshits', 'dick', 'dicks', 'pussy', 'dogshit', 'fatass', 'fatasses', "mf'ers", 'mfers', 'mofo', 'mofos',
];
