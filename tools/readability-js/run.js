// Readability.js over every *.html / *.html.gz in a folder, one page after another in one process, as a reader
// extension would run it: parse with jsdom, then new Readability(document).parse(). Writes <out>/<id>.txt (the
// article's textContent) so the same scorer can judge it. Pages are read as UTF-8 text, as the corpus README's anchor
// was measured (given bytes without a declared charset, jsdom would decode as windows-1252); with jsdom 27.0.0 this
// reproduces the anchor's dev F1 of 0.954. A page that throws gets an empty file and is counted; the run goes on.
// usage: node run.js <corpus-folder> <out-folder>
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node run.js <corpus-folder> <out-folder>");
  process.exit(2);
}
fs.mkdirSync(output, { recursive: true });
const files = fs.readdirSync(input).filter((f) => f.endsWith(".html") || f.endsWith(".html.gz")).sort();
const quiet = new VirtualConsole();
let failed = 0;
for (const file of files) {
  const id = file.replace(/\.html(\.gz)?$/, "");
  let text = "";
  try {
    let bytes = fs.readFileSync(path.join(input, file));
    if (file.endsWith(".gz")) bytes = zlib.gunzipSync(bytes);
    const dom = new JSDOM(bytes.toString("utf8"), { url: "https://article.invalid/", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    failed++;
  }
  fs.writeFileSync(path.join(output, id + ".txt"), text);
}
console.log(`${files.length} pages, ${failed} failed`);
