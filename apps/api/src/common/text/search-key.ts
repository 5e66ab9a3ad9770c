/**
 * What a search text becomes before it meets the `lifeboat_search_words` index (migration
 * 1795401350000-search-names): lower case, the accented Latin letters folded as the database's
 * `lifeboat_search_key` folds them, cut into words of letters and digits. Each word matches the
 * start of a word of the name: "soc gen" → `soc:* & gen:*`.
 */
const FROM =
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž';
const TO =
  'aaaaaaaceeeeiiiidnoooooouuuuytsaaaaaaaceeeeiiiidnoooooouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkllllllllnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz';
const FOLD = new Map([...FROM].map((c, i) => [c, TO[i]]));

/** Lower case, accents folded (the same as the SQL function `lifeboat_search_key`). */
export function searchKey(text: string): string {
  // Folded before lowering: JavaScript lowers "İ" to two characters, the database to one.
  return [...text]
    .map((c) => FOLD.get(c) ?? c)
    .join('')
    .toLowerCase();
}

/** The words of a search text, folded; none when it has no letter or digit. */
export function searchWords(text: string): string[] {
  return searchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** The full-text query for the words: each one a prefix, all required. Only letters and digits reach it. */
export function prefixQuery(words: readonly string[]): string {
  return words.map((w) => `${w}:*`).join(' & ');
}

/** A LIKE pattern for names that start with the whole text (they come first). */
export function startsWithPattern(text: string): string {
  return `${searchKey(text.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
