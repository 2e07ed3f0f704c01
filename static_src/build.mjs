// Builds the public front end into static/dist (git-ignored):
//   css/portal.css      Bootstrap Italia + the portal's own rules, left-to-right
//   css/portal.rtl.css  the same, mirrored by rtlcss, for ar and ur
//   css/fonts.css       Titillium Web, Noto Naskh Arabic, Noto Nastaliq Urdu (self-hosted)
//   js/portal.js        the portal's small script (no framework, no inline code)
//   svg/sprites.svg     Bootstrap Italia's icon sprite
// Nothing is fetched from the network: every input comes from node_modules or static_src.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import rtlcss from "rtlcss";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const modules = join(root, "node_modules");
const out = join(root, "static", "dist");

const read = (path) => readFileSync(path, "utf8");

function fontFaces() {
  // Only woff2 is shipped: every browser that runs Bootstrap Italia 2 reads it.
  const sheets = [
    ["titillium-web", ["latin-400", "latin-600", "latin-700", "latin-ext-400", "latin-ext-600", "latin-ext-700"]],
    ["noto-naskh-arabic", ["arabic-400", "arabic-700"]],
    ["noto-nastaliq-urdu", ["arabic-400", "arabic-700"]],
  ];
  const css = [];
  mkdirSync(join(out, "fonts"), { recursive: true });
  for (const [family, subsets] of sheets) {
    const base = join(modules, "@fontsource", family);
    for (const subset of subsets) {
      let sheet = read(join(base, `${subset}.css`));
      sheet = sheet.replace(/url\(\.\/files\/([^)]+?)\.woff2\) format\('woff2'\),\s*url\(\.\/files\/[^)]+?\.woff\) format\('woff'\)/g,
        (_, name) => {
          copyFileSync(join(base, "files", `${name}.woff2`), join(out, "fonts", `${name}.woff2`));
          return `url(../fonts/${name}.woff2) format('woff2')`;
        });
      css.push(sheet);
    }
  }
  return css.join("\n");
}

function build() {
  rmSync(out, { recursive: true, force: true });
  for (const dir of ["css", "js", "svg", "fonts", "img"]) mkdirSync(join(out, dir), { recursive: true });

  const bootstrap = read(join(modules, "bootstrap-italia", "dist", "css", "bootstrap-italia.min.css"))
    .replace(/\/\*# sourceMappingURL=.*?\*\//g, "");
  const own = read(join(root, "static_src", "css", "portal.css"));
  const ltr = `${bootstrap}\n${own}`;
  writeFileSync(join(out, "css", "portal.css"), ltr);
  writeFileSync(join(out, "css", "portal.rtl.css"), rtlcss.process(ltr));
  writeFileSync(join(out, "css", "fonts.css"), fontFaces());

  copyFileSync(join(root, "static_src", "js", "portal.js"), join(out, "js", "portal.js"));
  copyFileSync(join(modules, "bootstrap-italia", "dist", "svg", "sprites.svg"), join(out, "svg", "sprites.svg"));
  const images = join(root, "static_src", "img");
  for (const name of existsSync(images) ? readdirSync(images) : []) {
    copyFileSync(join(images, name), join(out, "img", name));
  }
  const files = readdirSync(join(out, "css")).map((name) => `css/${name}`);
  console.log(`front end built into ${out}: ${files.join(", ")}`);
}

build();
