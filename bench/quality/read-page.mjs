// One page through Mozilla Readability on jsdom: the worker side of readability.mjs.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

const FALLBACK_URL = "http://localhost/";
const PRESCAN_BYTES = 2048;
// WHATWG maps gb2312 to gbk, whose decoder is gb18030's; naming gb18030 keeps the 4-byte sequences too.
const GB_FAMILY = new Set(["gb2312", "gbk", "x-gbk", "gb18030", "cp936", "euc-cn", "csgb2312", "chinese"]);
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

// A quiet console: CSS or markup jsdom cannot parse is the page's problem, and stdout carries only results.
const virtualConsole = new VirtualConsole();
virtualConsole.on("jsdomError", () => {});

export function readPage(file, url, { strictCharset = false } = {}) {
  const empty = { file, title: null, byline: null, siteName: null, publishedTime: null, text: null };
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ...empty, ms: 0, error: `cannot read file: ${e.message}` };
  }
  const started = performance.now();
  let dom;
  try {
    const html = decode(bytes, strictCharset);
    dom = new JSDOM(html, { url: usableUrl(url), contentType: "text/html", virtualConsole });
    const article = new Readability(dom.window.document).parse();
    const ms = elapsed(started);
    if (!article) return { ...empty, ms, error: "no article found" };
    return {
      file,
      title: article.title || null,
      byline: article.byline || null,
      siteName: article.siteName || null,
      publishedTime: article.publishedTime || null,
      text: collapse(article.textContent),
      ms,
      error: null,
    };
  } catch (e) {
    process.stderr.write(`${file}: ${e.stack || e}\n`);
    return { ...empty, ms: elapsed(started), error: String(e.message || e) };
  } finally {
    dom?.window.close();
  }
}

// A browser's order without HTTP headers: byte order mark, then the charset the page declares, then sniffing.
// With strictCharset a declaration counts only when the bytes are valid in it, as ingest's PageDecoder does.
export function decode(bytes, strictCharset = false) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs("utf-16be", bytes.subarray(2));
  const declared = declaredCharset(bytes);
  if (declared) {
    const text = strictCharset ? strictly(declared, bytes) : decodeAs(declared, bytes);
    if (text !== null) return text;
  }
  return strictly("utf-8", bytes) ?? decodeAs("gb18030", bytes);
}

function declaredCharset(bytes) {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString("latin1");
  const match = META_CHARSET.exec(head);
  if (!match) return null;
  const label = match[1].toLowerCase();
  if (GB_FAMILY.has(label)) return "gb18030";
  let encoding;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null; // an unknown label counts as no declaration
  }
  // A meta tag cannot switch to UTF-16: the bytes it was read from are ASCII-compatible.
  return encoding.startsWith("utf-16") ? "utf-8" : encoding;
}

function decodeAs(encoding, bytes) {
  return new TextDecoder(encoding).decode(bytes);
}

function strictly(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function usableUrl(url) {
  if (!url) return FALLBACK_URL;
  try {
    return new URL(url).href;
  } catch {
    return FALLBACK_URL;
  }
}

// JavaScript's \s: ASCII whitespace plus NBSP, the ideographic space and the other Unicode spaces.
function collapse(text) {
  return text == null ? null : text.replace(/\s+/g, " ").trim();
}

function elapsed(started) {
  return Math.round((performance.now() - started) * 10) / 10;
}

// As a worker: read each page the parent sends, answer with the result and the heap it leaves behind.
if (parentPort && workerData?.role === "read-page") {
  parentPort.on("message", ({ file, url }) => {
    const result = readPage(file, url, workerData);
    parentPort.postMessage({ result, heapMb: process.memoryUsage().heapUsed / 1048576 });
  });
}
