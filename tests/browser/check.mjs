// The generated reference site in headless Chromium, as a facilitator uses it: opened from
// disk (file://), a facet page lists its concepts, typing in the filter box narrows the list,
// the language switch leads to the same page in English, axe-core finds no accessibility
// violation, the focus ring is visible, a phone-sized window does not overflow, every facet
// page prints on A4 with
// its first concept on page 1, a running header (title, version) and page numbers (read back
// from the PDF with poppler's pdfinfo and pdftotext), and nothing goes wrong on the way (no
// console error, no uncaught exception, no failed or outgoing request).
//
// Usage: node tests/browser/check.mjs DIR   (DIR: the HTML site, e.g. docs/reference/html)
// Run by tests/it/browser.rs. Uses Debian's Chromium; never downloads a browser.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const site = resolve(process.argv[2] ?? "docs/reference/html");
if (!existsSync(join(site, "nl", "index.html"))) {
  console.error(`check.mjs: no site at ${site} (expected ${join(site, "nl", "index.html")})`);
  process.exit(2);
}
const url = (relative) => pathToFileURL(join(site, relative)).href;

// The whole run may take at most four minutes, however Chromium behaves.
const watchdog = setTimeout(() => {
  console.error("check.mjs: gave up after 240 s");
  process.exit(1);
}, 240_000);

const results = [];
/** Runs one named check; a failure is recorded and the next check still runs. */
async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok - ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`not ok - ${name}\n  ${String(error?.message ?? error).split("\n").join("\n  ")}`);
  }
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const userDataDir = mkdtempSync(join(tmpdir(), "jos-chromium-"));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    offline: true,
  });
  context.setDefaultTimeout(15_000);

  // Everything that goes wrong on any page, whichever check is running.
  const problems = [];
  const watch = (page) => {
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") {
        problems.push(`console ${m.type()} on ${page.url()}: ${m.text()}`);
      }
    });
    page.on("pageerror", (e) => problems.push(`uncaught error on ${page.url()}: ${e.message}`));
    page.on("requestfailed", (r) =>
      problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`),
    );
    page.on("request", (r) => {
      if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) {
        problems.push(`request leaves the disk: ${r.url()}`);
      }
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  const page = context.pages()[0] ?? (await context.newPage());

  /** The ids of the concepts the filter leaves visible, and the total. */
  const visibleConcepts = () =>
    page.$$eval("#concept_list [data-search]", (items) => ({
      total: items.length,
      shown: items.filter((i) => !i.hidden && i.offsetParent !== null).map((i) => i.id),
    }));

  await check("the site's front door opens the Dutch overview", async () => {
    await page.goto(url("index.html"));
    await page.waitForURL(/\/nl\/index\.html$/);
    assert((await page.getAttribute("html", "lang")) === "nl", "the page is not in Dutch");
  });

  await check("the overview lists the facets, with a link to each facet page", async () => {
    await page.goto(url("nl/index.html"));
    const facets = await page.$$eval("table.facets tbody tr th a", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    assert(facets.length >= 10, `only ${facets.length} facets listed`);
    assert(facets.includes("role.html"), `no link to role.html among ${facets.join(", ")}`);
    await page.click('table.facets a[href="role.html"]');
    await page.waitForURL(/\/nl\/role\.html$/);
  });

  await check("a facet page lists its concepts, all visible, with the filter box shown", async () => {
    await page.goto(url("nl/role.html"));
    assert((await page.textContent("h1")).trim() === "Rol", "the heading is not `Rol`");
    const { total, shown } = await visibleConcepts();
    assert(total >= 10, `only ${total} concepts listed`);
    assert(shown.length === total, `${total - shown.length} concepts hidden before filtering`);
    assert(shown.includes("school-social-worker"), "no school social worker");
    // The box is hidden in the HTML and shown by the script: visible means the script ran.
    assert(await page.isVisible("#filter_input"), "the filter box is not shown");
  });

  await check("typing `smw` leaves the school social worker and hides most others", async () => {
    await page.goto(url("nl/role.html"));
    const before = await visibleConcepts();
    await page.locator("#filter_input").pressSequentially("smw", { delay: 20 });
    const after = await visibleConcepts();
    assert(after.shown.includes("school-social-worker"), `left visible: ${after.shown.join(", ")}`);
    assert(
      after.shown.length <= 3 && after.shown.length < before.total,
      `${after.shown.length} of ${before.total} still visible: ${after.shown.join(", ")}`,
    );
    assert(await page.isVisible("#school-social-worker h2"), "its heading is not visible");
    const count = (await page.textContent(".filter-count")).trim();
    assert(count.includes(String(before.total)), `the count says \`${count}\``);
    assert(await page.isHidden(".filter-empty"), "`nothing found` is shown");
  });

  await check("a filter that matches nothing says so, and Escape clears it", async () => {
    await page.goto(url("nl/role.html"));
    await page.locator("#filter_input").pressSequentially("qqqzzz");
    assert((await visibleConcepts()).shown.length === 0, "something still matches");
    assert(await page.isVisible(".filter-empty"), "`nothing found` is not shown");
    await page.press("#filter_input", "Escape");
    const { total, shown } = await visibleConcepts();
    assert(shown.length === total, `${shown.length} of ${total} visible after Escape`);
  });

  await check("the glossary filter hides whole letters", async () => {
    await page.goto(url("nl/glossary.html"));
    const groups = await page.locator("[data-filter-group]").count();
    await page.locator("#filter_input").pressSequentially("smw");
    const open = await page.locator("[data-filter-group]:visible").count();
    assert(open >= 1 && open < groups, `${open} of ${groups} letters visible`);
    assert(
      await page.locator('li[data-search]:visible a[href="role.html#school-social-worker"]').count(),
      "the school social worker is not listed",
    );
  });

  await check("the language switch leads to the same page in English", async () => {
    await page.goto(url("nl/role.html"));
    await page.click('.lang-switch a[hreflang="en"]');
    await page.waitForURL(/\/en\/role\.html$/);
    assert((await page.getAttribute("html", "lang")) === "en", "the page is not in English");
    assert((await page.textContent("h1")).trim() === "Role", "the heading is not `Role`");
    const heading = (await page.textContent("#school-social-worker h2")).trim();
    assert(heading === "School social worker", `the concept is called \`${heading}\``);
    await page.click('.lang-switch a[hreflang="nl"]');
    await page.waitForURL(/\/nl\/role\.html$/);
  });

  // The site search: the box in every page's header, results across all facets.
  const searches = [
    ["en/intensity.html", "smw", "role.html#school-social-worker"],
    ["nl/glossary.html", "ggz", "role.html#youth-mental-health-professional"],
    ["nl/index.html", "mbo als wijk", "organisation-model.html#mbo-as-neighbourhood"],
    ["en/role.html", "Mbo Als Wijk", "organisation-model.html#mbo-as-neighbourhood"],
  ];
  for (const [from, query, expected] of searches) {
    await check(`searching \`${query}\` from ${from} finds ${expected}`, async () => {
      await page.goto(url(from));
      await page.fill("#site_search", query);
      await page.press("#site_search", "Enter");
      await page.waitForURL(/\/search\.html\?q=/);
      await page.waitForSelector("#search_results li");
      const hits = await page.$$eval("#search_results li a", (links) =>
        links.map((a) => a.getAttribute("href")),
      );
      assert(hits.includes(expected), `found ${hits.slice(0, 8).join(", ")}`);
      assert(hits.indexOf(expected) < 3, `\`${expected}\` is result ${hits.indexOf(expected) + 1}`);
      await page.click(`#search_results a[href="${expected}"]`);
      await page.waitForURL(new RegExp(expected.replace(".", "\\.") + "$"));
    });
  }

  await check("the language switch keeps the concept and the query", async () => {
    await page.goto(url("nl/role.html") + "#school-social-worker");
    await page.click('.lang-switch a[hreflang="en"]');
    await page.waitForURL(/\/en\/role\.html#school-social-worker$/);
    await page.goto(url("nl/search.html") + "?q=smw");
    await page.waitForSelector("#search_results li");
    await page.click('.lang-switch a[hreflang="en"]');
    await page.waitForURL(/\/en\/search\.html\?q=smw$/);
    await page.waitForSelector("#search_results li");
    assert(
      (await page.inputValue("#site_search")) === "smw",
      "the English search page lost the query",
    );
  });

  // Accessibility: axe-core (WCAG 2.1 A and AA rules) finds nothing on the pages people use.
  const axeSource = resolve(dirname(fileURLToPath(import.meta.url)), "node_modules/axe-core/axe.min.js");
  for (const relative of [
    "nl/index.html",
    "nl/role.html",
    "en/intensity.html",
    "nl/glossary.html",
    "nl/definition.html",
    "nl/search.html?q=smw",
    "nl/complete.html",
    "en/overview.html",
    "nl/worksheet-role.html",
    "nl/guide-tagging.html",
  ]) {
    await check(`axe-core finds no accessibility violation on ${relative}`, async () => {
      const [file, query] = relative.split("?");
      await page.goto(url(file) + (query ? `?${query}` : ""));
      if (query) await page.waitForSelector("#search_results li");
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async () => {
        // No preload: axe would fetch the stylesheets again, which file:// forbids.
        const result = await window.axe.run(document, {
          preload: false,
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`,
        );
      });
      assert(violations.length === 0, violations.join("\n"));
    });
  }

  await check("the focus ring has at least 3:1 contrast against the page", async () => {
    await page.goto(url("nl/role.html"));
    await page.keyboard.press("Tab");
    const ratio = await page.evaluate(() => {
      const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const el = document.activeElement;
      const ring = lum(rgb(getComputedStyle(el).outlineColor));
      const back = lum(rgb(getComputedStyle(document.body).backgroundColor));
      return (Math.max(ring, back) + 0.05) / (Math.min(ring, back) + 0.05);
    });
    assert(ratio >= 3, `the focus ring's contrast is ${ratio.toFixed(2)}:1`);
  });

  await check("on a phone (390 px) nothing overflows sideways and the header stays small", async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    try {
      for (const relative of ["nl/index.html", "nl/role.html"]) {
        await phone.goto(url(relative));
        const { scroll, header } = await phone.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          header: document.querySelector(".site-header").getBoundingClientRect().height,
        }));
        assert(scroll <= 390, `${relative} is ${scroll} px wide`);
        assert(header <= 844 / 5, `${relative}: the header is ${Math.round(header)} px high`);
      }
    } finally {
      await phone.close();
    }
  });

  await check("each facet has a worksheet that prints on A4 with every live concept and the boxes to tick", async () => {
    await page.goto(url("nl/role.html"));
    await page.click(".worksheet-link a");
    await page.waitForURL(/\/nl\/worksheet-role\.html$/);
    const rows = await page.locator("table.worksheet tbody tr").count();
    assert(rows >= 10, `${rows} rows`);
    const pdf = join(mkdtempSync(join(tmpdir(), "jos-print-sheet-")), "sheet.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    assert(/594\.96 x 841\.92 pts/.test(info), "not A4");
    const printed = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const text of ["Schoolmaatschappelijk werker", "☐ akkoord", "Voorstel of vraag"]) {
      assert(printed.includes(text), `the printed worksheet lacks \`${text}\``);
    }
    rmSync(dirname(pdf), { recursive: true, force: true });
  });

  await check("the one-document page holds every facet once, with unique ids and working links", async () => {
    await page.goto(url("nl/complete.html"));
    const r = await page.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      const seen = new Set();
      const repeated = ids.filter((i) => seen.has(i) || !seen.add(i));
      const broken = [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => a.getAttribute("href").slice(1))
        .filter((h) => h && !document.getElementById(h));
      return {
        repeated: [...new Set(repeated)],
        broken: [...new Set(broken)],
        parts: document.querySelectorAll("section.document-part").length,
        concepts: document.querySelectorAll("section.concept").length,
      };
    });
    assert(r.repeated.length === 0, `ids used twice: ${r.repeated.slice(0, 5).join(", ")}`);
    assert(r.broken.length === 0, `links without a target: ${r.broken.slice(0, 5).join(", ")}`);
    assert(r.parts >= 20 && r.concepts >= 200, `${r.parts} parts, ${r.concepts} concepts`);
  });

  await check("the index shows each ordered scale and the facet map, and prints them", async () => {
    await page.goto(url("nl/index.html"));
    const scales = page.locator("svg.scale");
    assert((await scales.count()) >= 2, `${await scales.count()} scales`);
    for (const svg of await scales.all()) {
      const box = await svg.boundingBox();
      assert(box && box.width > 200 && box.height > 40, `a scale is ${JSON.stringify(box)}`);
      assert((await svg.locator("a").count()) >= 2, "a scale's steps are not links");
    }
    const map = page.locator("svg.facet-map");
    const box = await map.boundingBox();
    assert(box && box.width > 400 && box.height > 100, `the map is ${JSON.stringify(box)}`);
    assert((await map.locator("path.link").count()) >= 5, "the map has no lines");
    // A screenshot shows them: the steps are drawn in the accent colour, not blank.
    const shot = await page.locator("svg.scale").first().screenshot();
    assert(shot.length > 1000, "the scale's screenshot is empty");
    const fill = await page.$eval("svg.scale rect.step", (r) => getComputedStyle(r).fill);
    assert(fill !== "none" && fill !== "rgba(0, 0, 0, 0)", `the steps are not drawn (${fill})`);
    const pdf = join(mkdtempSync(join(tmpdir(), "jos-print-index-")), "index.pdf");
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const printed = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const text of ["1. Universele preventie", "uitgevoerd door → Rol"]) {
      assert(printed.includes(text), `the printed index lacks \`${text}\``);
    }
    rmSync(dirname(pdf), { recursive: true, force: true });
  });

  // Printing: every facet page of both languages, as a facilitator prints a hand-out.
  const pdfDir = mkdtempSync(join(tmpdir(), "jos-print-"));
  const facetPages = (lang) =>
    readdirSync(join(site, lang)).filter(
      (f) =>
        f.endsWith(".html") &&
        !f.startsWith("worksheet-") &&
        !f.startsWith("guide-") &&
        !["index.html", "glossary.html", "deprecated.html", "changes.html", "definition.html", "search.html", "complete.html", "overview.html"].includes(f),
    );
  const pageWords = { nl: ["Pagina", "van"], en: ["Page", "of"] };
  for (const lang of ["nl", "en"]) {
    await check(`every ${lang} facet page prints on A4, its first concept on page 1, with title, version and page numbers`, async () => {
      const pages = facetPages(lang);
      assert(pages.length >= 10, `only ${pages.length} facet pages`);
      const failures = [];
      for (const file of pages) {
        await page.goto(url(`${lang}/${file}`));
        const first = (await page.textContent("#concept_list section :is(h2, h3, h4, h5, h6)")).trim();
        // The running header: the taxonomy's title and version, as the page's title ends.
        const version = /(\S+)$/.exec(await page.title())[1];
        const head = `${(await page.textContent(".site-title a")).trim()} ${version}`;
        const pdf = join(pdfDir, `${lang}-${file}.pdf`);
        await page.pdf({ path: pdf, preferCSSPageSize: true });
        const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
        const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
        const pageOne = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" })
          .replace(/\s+/g, " ");
        const [word, of] = pageWords[lang];
        const problems = [];
        if (!size || Math.abs(size[1] - 595) > 1 || Math.abs(size[2] - 842) > 1) {
          problems.push(`not A4 (${size?.[0]})`);
        }
        if (!pageOne.includes(first.replace(/\s+/g, " "))) problems.push(`page 1 lacks the first concept \`${first}\``);
        if (!pageOne.includes(head)) problems.push(`page 1 lacks \`${head}\``);
        if (!pageOne.includes(`${word} 1 ${of} ${count}`)) problems.push(`page 1 lacks \`${word} 1 ${of} ${count}\``);
        if (pageOne.includes("file:")) problems.push("a file:// address is printed");
        if (problems.length > 0) failures.push(`${lang}/${file}: ${problems.join("; ")}`);
      }
      assert(failures.length === 0, failures.join("\n"));
    });
  }
  rmSync(pdfDir, { recursive: true, force: true });

  await check("no console errors, page errors or failed requests", async () => {
    assert(problems.length === 0, problems.join("\n"));
  });
} catch (error) {
  results.push({ name: "start Chromium", ok: false });
  console.log(`not ok - start Chromium\n  ${error?.message ?? error}`);
} finally {
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
  clearTimeout(watchdog);
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
