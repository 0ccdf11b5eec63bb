// Peer keyword extractor for KeywordBenchmark: jieba TF-IDF (jieba-rs' default dictionary and IDF table, default
// config) over each text. Reads JSON lines {"text": ...} from the file named by argv[2]; writes one JSON line
// {"keywords": [...]} per input line, in input order, to stdout. argv[3] is k (default 5).
import { readFileSync } from 'node:fs'
import { Jieba, TfIdf } from '@node-rs/jieba'
import { dict, idf } from '@node-rs/jieba/dict.js'

const [, , file, kArg] = process.argv
const k = Number(kArg ?? 5)
const jieba = Jieba.withDict(dict)
const tfIdf = TfIdf.withDict(idf)
const out = []
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '') continue
  const { text } = JSON.parse(line)
  const keywords = tfIdf.extractKeywords(jieba, text, k).map((w) => w.keyword)
  out.push(JSON.stringify({ keywords }))
}
process.stdout.write(out.join('\n') + '\n')
