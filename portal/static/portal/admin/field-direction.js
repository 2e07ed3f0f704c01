// Right-to-left editing of the Arabic and Urdu fields in the Wagtail page editor.
//
// wagtail-modeltranslation names every translated input after its language
// (title_ar, intro_ur, body_zh_hans-0-value…). This script reads the language from the
// name and sets `dir` and `lang` on the input and on the wrapper that holds its editor
// (Draftail, StreamField block), so Arabic and Urdu are typed right to left. Blocks
// added later (a new StreamField block, a new inline) are handled as they appear.
(() => {
  "use strict";

  const script = document.querySelector("script[data-rtl-languages]");
  if (!script) return;
  const languages = script.dataset.languages.split(" ").filter(Boolean);
  const rtl = new Set(script.dataset.rtlLanguages.split(" ").filter(Boolean));

  // "zh-hans" appears as "zh_hans" in field names. Longest suffixes first, so that
  // a field ending in "_zh_hans" is not read as some shorter code.
  const suffixes = languages
    .map((code) => ({ code, suffix: `_${code.replace(/-/g, "_")}` }))
    .sort((a, b) => b.suffix.length - a.suffix.length);

  const languageOf = (name) => {
    // StreamField inputs are named "<field>-<index>-…" (body_ar-0-value) and inline
    // ones "<relation>-<index>-<field>" (topics-0-name_ar): the translated field is
    // whichever part of the name carries a language suffix.
    for (const part of name.split("-")) {
      const match = suffixes.find(({ suffix }) => part.endsWith(suffix));
      if (match) return match.code;
    }
    return null;
  };

  const mark = (element, code) => {
    const dir = rtl.has(code) ? "rtl" : "ltr";
    if (element.getAttribute("dir") !== dir) element.setAttribute("dir", dir);
    if (element.getAttribute("lang") !== code) element.setAttribute("lang", code);
  };

  const SELECTOR = "input[name], textarea[name], select[name], [data-field-name]";

  const apply = (root) => {
    const candidates = root.matches && root.matches(SELECTOR) ? [root] : [];
    if (root.querySelectorAll) candidates.push(...root.querySelectorAll(SELECTOR));
    for (const field of candidates) {
      const name = field.getAttribute("name") || field.dataset.fieldName;
      if (!name || field.type === "checkbox" || field.type === "radio") continue;
      const code = languageOf(name);
      if (!code) continue;
      mark(field, code);
      // Draftail keeps its value in a hidden input; the visible editor sits in the
      // same field wrapper, so the wrapper carries the direction too.
      const wrapper = field.closest(".w-field__input") || field.parentElement;
      if (wrapper && wrapper !== document.body) mark(wrapper, code);
    }
  };

  const start = () => {
    apply(document);
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE) apply(node);
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
