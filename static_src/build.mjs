// Builds the public front end into static/dist (git-ignored):
//   css/portal.css      Bootstrap Italia + the portal's own rules + print.css, left-to-right
//   css/portal.rtl.css  the same, mirrored by rtlcss, for ar and ur
//   css/fonts.css       Titillium Web, Noto Naskh Arabic, Noto Nastaliq Urdu (self-hosted)
//   css/pdf.css         the guide PDFs' stylesheet, read by WeasyPrint with css/pdf-fonts.css
//   css/pdf-fonts.css   the same fonts as woff (WeasyPrint unpacks woff2 slowly), plus Amiri
//   css/leaflet.css     a media kit's printable leaflet, read by WeasyPrint after css/pdf.css
//   js/portal.js        the portal's small script (no framework, no inline code)
//   js/media-kits.js    media kits: the play counter's beacon, the archive's progress
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

function fontFaces(format = "woff2", extra = []) {
  // Browsers get woff2 only: every browser that runs Bootstrap Italia 2 reads it.
  // WeasyPrint gets woff: it unpacks woff2 in pure Python, about a second per file and PDF.
  const sheets = [
    ["titillium-web", ["latin-400", "latin-600", "latin-700", "latin-ext-400", "latin-ext-600", "latin-ext-700"]],
    ["noto-naskh-arabic", ["arabic-400", "arabic-700"]],
    ["noto-nastaliq-urdu", ["arabic-400", "arabic-700"]],
    ...extra,
  ];
  const css = [];
  mkdirSync(join(out, "fonts"), { recursive: true });
  for (const [family, subsets] of sheets) {
    const base = join(modules, "@fontsource", family);
    for (const subset of subsets) {
      let sheet = read(join(base, `${subset}.css`));
      sheet = sheet.replace(/url\(\.\/files\/([^)]+?)\.woff2\) format\('woff2'\),\s*url\(\.\/files\/[^)]+?\.woff\) format\('woff'\)/g,
        (_, name) => {
          copyFileSync(join(base, "files", `${name}.${format}`), join(out, "fonts", `${name}.${format}`));
          return `url(../fonts/${name}.${format}) format('${format}')`;
        });
      if (format === "woff" && subset.startsWith("latin-ext")) {
        // WeasyPrint merges two files of one family and weight into one PDF font (their
        // glyphs then clash): the extended Latin subset gets a family name of its own.
        sheet = sheet.replace(/font-family: '([^']+)'/, "font-family: '$1 Latin Ext'");
      }
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
  const print = read(join(root, "static_src", "css", "print.css"));
  const ltr = `${bootstrap}\n${own}\n${print}`;
  writeFileSync(join(out, "css", "portal.css"), ltr);
  writeFileSync(join(out, "css", "portal.rtl.css"), rtlcss.process(ltr));
  writeFileSync(join(out, "css", "fonts.css"), fontFaces());
  // Amiri, for Arabic in PDFs only: Noto Naskh draws dotted letters as one shared dotless
  // glyph plus dots, so a PDF's text layer (copying, search, screen readers) gets them wrong.
  writeFileSync(join(out, "css", "pdf-fonts.css"), fontFaces("woff", [["amiri", ["arabic-400", "arabic-700"]]]));
  copyFileSync(join(root, "static_src", "css", "pdf.css"), join(out, "css", "pdf.css"));
  copyFileSync(join(root, "static_src", "css", "leaflet.css"), join(out, "css", "leaflet.css"));

  copyFileSync(join(root, "static_src", "js", "portal.js"), join(out, "js", "portal.js"));
  copyFileSync(join(root, "static_src", "js", "media-kits.js"), join(out, "js", "media-kits.js"));
  copyFileSync(join(modules, "bootstrap-italia", "dist", "svg", "sprites.svg"), join(out, "svg", "sprites.svg"));
  const images = join(root, "static_src", "img");
  for (const name of existsSync(images) ? readdirSync(images) : []) {
    copyFileSync(join(images, name), join(out, "img", name));
  }
  const files = readdirSync(join(out, "css")).map((name) => `css/${name}`);
  console.log(`front end built into ${out}: ${files.join(", ")}`);
}

build();
