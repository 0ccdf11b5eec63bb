// Peer page reader for the page-quality benchmark: Mozilla Readability on jsdom, fed the same bytes as our parser.
//
//   node bench/quality/readability.mjs [--strict-charset] <list-file>
//
// Each line of <list-file> is "<path-to-html-file>\t<url-or-empty>". For each one, in order, one JSON line on stdout:
//   {"file","title","byline","siteName","publishedTime","text","ms","error"}
// "ms" covers decoding, building the DOM and Readability's parse: the work our own parser does on the same bytes.
// A page Readability finds no article in has null fields and error "no article found". Logs go to stderr only.
// --strict-charset: use a page's declared charset only when its bytes are valid in it (ingest's rule), instead of
// always (a browser's rule, which turns UTF-8 pages that declare gb2312 into mojibake).
//
// Pages are read one at a time in a worker thread. jsdom keeps a few MB per page even after window.close(), so the
// worker is replaced once its heap passes RECYCLE_HEAP_MB; a page that runs out of memory or past PAGE_TIMEOUT_MS
// costs only its own error line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const RECYCLE_HEAP_MB = 768;
const WORKER_HEAP_MB = 2048;
const PAGE_TIMEOUT_MS = 60_000;
const READER = new URL("./read-page.mjs", import.meta.url);

async function main(args) {
  const strictCharset = args[0] === "--strict-charset";
  const rest = strictCharset ? args.slice(1) : args;
  if (rest.length !== 1) {
    process.stderr.write("usage: node readability.mjs [--strict-charset] <list-file>\n"
        + "  each line of <list-file>: <path-to-html-file>\\t<url-or-empty>\n");
    return 2;
  }
  let pages;
  try {
    pages = parseList(readFileSync(rest[0], "utf8"));
  } catch (e) {
    process.stderr.write(`cannot read list file ${rest[0]}: ${e.message}\n`);
    return 2;
  }
  try {
    const require = createRequire(import.meta.url);
    require.resolve("jsdom");
    require.resolve("@mozilla/readability");
  } catch (e) {
    process.stderr.write(`${e.message}\nrun bench/quality/install.sh first\n`);
    return 2;
  }
  const reader = new PageReader(strictCharset);
  try {
    for (const page of pages) {
      process.stdout.write(JSON.stringify(await reader.read(page)) + "\n");
    }
  } finally {
    await reader.close();
  }
  return 0;
}

function parseList(content) {
  return content.split(/\r?\n/).filter((line) => line.trim() !== "").map((line) => {
    const tab = line.indexOf("\t");
    return tab < 0 ? { file: line, url: "" } : { file: line.slice(0, tab), url: line.slice(tab + 1).trim() };
  });
}

class PageReader {
  #strictCharset;
  #worker = null;

  constructor(strictCharset) {
    this.#strictCharset = strictCharset;
  }

  async read(page) {
    const worker = this.#worker ??= this.#start();
    const started = Date.now();
    try {
      const { result, heapMb } = await this.#ask(worker, page);
      if (heapMb > RECYCLE_HEAP_MB) await this.close();
      return result;
    } catch (e) {
      process.stderr.write(`${page.file}: ${e.message}\n`);
      await this.close();
      return failed(page.file, Date.now() - started, e.message);
    }
  }

  async close() {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }

  #start() {
    const worker = new Worker(READER, {
      workerData: { role: "read-page", strictCharset: this.#strictCharset },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.on("error", () => {}); // reported by #ask while a page is out; an idle worker has nothing to lose
    return worker;
  }

  #ask(worker, page) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => settle(reject, new Error(`timed out after ${PAGE_TIMEOUT_MS} ms`)),
          PAGE_TIMEOUT_MS);
      const onMessage = (answer) => settle(resolve, answer);
      const onError = (e) => settle(reject, new Error(`reader died: ${e.message}`));
      const onExit = (code) => settle(reject, new Error(`reader exited with code ${code}`));
      function settle(outcome, value) {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        outcome(value);
      }
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(page);
    });
  }
}

function failed(file, ms, error) {
  return { file, title: null, byline: null, siteName: null, publishedTime: null, text: null, ms, error };
}

process.exitCode = await main(process.argv.slice(2));
