/**
 * Chinese names spelled aloud character by character: a character told by a word that holds it ("建设的建"), by its
 * radical ("女字旁的娟"), or a family name told by its parts ("耳东陈", "弓长张").
 */
import type { Span } from './types'

const CHARACTER_BY_WORD = /(\p{Script=Han})(\p{Script=Han})[的之](?:\1|\2)/gu
// "女字旁的娟", "三点水的江": a character told by its radical, the other way names are spelled aloud ("医院旁的店", a
// shop beside the hospital, names no radical).
const CHARACTER_BY_RADICAL =
  /(?:[女木口火土金王日月石言心手人禾米虫竹艹草水山目足马馬鸟鳥王玉衣示糸丝絲]字(?:旁|头|頭|底)|三点水|三點水|两点水|兩點水|提手旁|单人旁|單人旁|双人旁|雙人旁|竖心旁|豎心旁|绞丝旁|絞絲旁|宝盖头|寶蓋頭|走之底|言字旁)的\p{Script=Han}/gu

// Surnames told by their parts ("耳东陈", "弓长张", "木子李"): the way Chinese speakers spell a family name aloud.
// biome-ignore format: packed list
const SPELLED_SURNAMES = [
  '耳东陈', '耳東陳', '弓长张', '弓長張', '木子李', '口天吴', '口天吳', '立早章', '古月胡', '双木林', '雙木林', '言午许', '言午許',
  '草头黄', '草頭黃', '禾口程', '关耳郑', '關耳鄭', '文刀刘', '文刀劉', '三横王', '三橫王', '人可何', '女古姑', '金刀刘',
]

/**
 * Pushes the spelled names of `r` (a run of Han text starting at `s` of the text) to `out`, and the last character of
 * each spelled family name to `spelledSurnames`. `opensWord(at)`: the character at `at` opens a word of its own (a role,
 * a word of the tables), so 的 before it tells nothing ("大学的学生").
 */
export function spelledHanNames(
  r: string,
  s: number,
  opensWord: (at: number) => boolean,
  out: Span[],
  spelledSurnames: Set<number>,
): void {
  // "建设的建 国家的国": a character told by a word that holds it, as a name is spelled aloud.
  for (const m of r.matchAll(CHARACTER_BY_WORD)) {
    if (opensWord(m.index + m[0].length - 1)) continue
    out.push({ start: s + m.index, end: s + m.index + m[0].length, type: 'NAME', source: 'names:han-spelled' })
  }
  for (const m of r.includes('的') ? r.matchAll(CHARACTER_BY_RADICAL) : [])
    out.push({ start: s + m.index, end: s + m.index + m[0].length, type: 'NAME', source: 'names:han-spelled' })
  for (const spelled of SPELLED_SURNAMES) {
    const at = r.indexOf(spelled)
    if (at < 0) continue
    out.push({ start: s + at, end: s + at + spelled.length, type: 'NAME', source: 'names:han-spelled' })
    spelledSurnames.add(spelled.charCodeAt(spelled.length - 1))
  }
}
