package nl.wegwijs.index.analysis;

/** Why an editor's synonym group cannot be used; the caller words it for the editor. */
public enum SynonymRefusal {
  /** The search text or the words are missing. */
  EMPTY,
  /** The search text and the words come down to one and the same word: nothing would be added. */
  ONE_WORD,
  /** More than {@value SynonymGroup#MAX_WORDS} words or phrases in one group. */
  TOO_MANY,
  /** A phrase of more than {@value SynonymGroup#MAX_PHRASE_WORDS} words or {@value SynonymGroup#MAX_CHARS} characters. */
  TOO_LONG,
  /**
   * A character other than letters, digits, spaces, hyphens and apostrophes: '#', '=>', ',', quotes
   * and backslashes mean something in the rule format, so they are refused rather than guessed at.
   */
  OPERATORS,
  /** A phrase of only small words (de, het, en, voor) that search leaves out. */
  ONLY_SMALL_WORDS
}
