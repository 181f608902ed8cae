/**
 * Words that carry no meaning in ATT&CK and CCM prose; the full-text encoder drops them (which
 * also shrinks the text index). Shared by options.ts (encoder) and query.ts (scoring).
 */
export const STOP_WORDS: readonly string[] = [
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can', 'could', 'do', 'does', 'for', 'from', 'has', 'have',
  'if', 'in', 'into', 'is', 'it', 'its', 'may', 'more', 'most', 'no', 'not', 'of', 'on', 'or', 'other', 'over', 'such', 'than',
  'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'was', 'were', 'which', 'while',
  'who', 'will', 'with', 'within', 'would',
];
