// Writes one page of the hydration benchmark from web/hydrate.html (called by run.sh):
//
//   node harness/hydrate-page.mjs --out DIR/NAME/index.html --engine ours|leptos
//        --call 'hydrate(1000)' --app ../ours-hydrate/app.js [--ssr FILE]
//
// FILE's HTML (the engine's own SSR output) becomes the body's first content, with no
// whitespace around it; without --ssr the body is empty (a client render).

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const args = {};
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, "")] = argv[i + 1];
}
const here = dirname(fileURLToPath(import.meta.url));
const template = await readFile(join(here, "..", "web", "hydrate.html"), "utf8");
const ssr = args.ssr ? (await readFile(args.ssr, "utf8")).trim() : "";
// Leptos's hydration reads these globals, which its server integration writes into every page.
const head = args.engine === "leptos"
  ? "window.__RESOLVED_RESOURCES = []; window.__SERIALIZED_ERRORS = []; window.__INCOMPLETE_CHUNKS = [];"
  : "";
const name = args.call.replace(/\(.*/, "");
const script = `import init, { ${name} } from "${args.app}"; await init(); await window.__bench.run(() => ${args.call});`;
// Function replacements: `$` in the HTML must not be read as a replacement pattern.
const page = template
  .replace("{{ENGINE}}", () => args.out.split("/").slice(-2)[0])
  .replace("{{HEAD}}", () => head)
  .replace("{{SCRIPT}}", () => script)
  .replace("{{SSR}}", () => ssr)
  .trimEnd();
await mkdir(dirname(args.out), { recursive: true });
await writeFile(args.out, page);
